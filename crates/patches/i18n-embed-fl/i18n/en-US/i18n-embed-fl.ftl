# Messages for tests/fl.rs, in the shapes age's own file has.
-tool = rage
err-plain = Decryption failed
err-braces = Use {"{"}braces{"}"} as they are.
rec-excessive-work = Decryption would take around {$duration} seconds.
err-two = '{$plugin_name}' couldn't use recipient {$recipient}: {$message}
err-block =
    Unsupported key
    ---------------
    {-tool} cannot use '{$key_type}'.
