use leptos::prelude::*;
use regie_core::catalogue::{PageText, Text};
use regie_core::screen::Screen;
use regie_core::share::qr_inline;

use crate::components::CheckWordsBox;
use crate::i18n::{tr, I18n};
use crate::platform::clock::local_moment;
use crate::platform::share_sheet;
use crate::routes::Navigation;
use crate::session::share::MadeShare;

use super::QR_TESTID;

#[component]
pub(super) fn ShareMade(made: MadeShare) -> impl IntoView {
    let nav = expect_context::<Navigation>();
    let lang = expect_context::<I18n>().lang;
    let copied = RwSignal::new(false);
    let svg = qr_inline(
        &made.qr_svg,
        QR_TESTID,
        PageText::ShareQrLabel.get(lang.get_untracked()),
    );
    let expires = made.expires;
    let hint = {
        let recipient = made.recipient.clone();
        move || {
            let lang = lang.get();
            PageText::ShareReadyHint.fill(lang, &[&recipient, &local_moment(expires, lang)])
        }
    };
    let summary = {
        let recipient = made.recipient.clone();
        let summary = made.summary.clone();
        move || summary.line(&recipient, lang.get())
    };
    let link = made.link.clone();
    let copy = {
        let link = link.clone();
        move |_| {
            if share_sheet::copy_text(&link) {
                copied.set(true);
            }
        }
    };
    let can_send = share_sheet::can_share();
    let send = {
        let link = link.clone();
        move |_| share_sheet::share_url(&link)
    };
    view! {
        <div class="share-made">
            <h2>{tr(PageText::ShareReady)}</h2>
            <p>{hint}</p>
            <p class="share-summary" data-testid="share-summary">{summary}</p>
            {made.starts.map(|at| view! {
                <p data-testid="share-made-starts">{move || PageText::ShareMadeStarts.fill(lang.get(), &[&local_moment(at, lang.get())])}</p>
            })}
            {made.code.clone().map(|code| view! {
                <p data-testid="share-made-code"><strong>{move || Text::ShareMadeCode.fill(lang.get(), &[&code])}</strong></p>
            })}
            // Our own SVG from the qrcode crate; no user text is in it.
            <div class="qr-frame" inner_html=svg></div>
            <CheckWordsBox words=made.check_words testid="share-check-words" hint=Text::CheckWordsClient/>
            <p><strong>{tr(PageText::ShareLinkLabel)}</strong></p>
            <p class="link" data-testid="share-link" dir="ltr">{link}</p>
            <div class="actions">
                <button class="button" data-testid="share-copy" on:click=copy>{tr(PageText::ShareCopy)}</button>
                {can_send.then(|| view! {
                    <button class="button" data-testid="share-send" on:click=send>{tr(PageText::ShareSend)}</button>
                })}
                <button class="button primary" data-testid="share-done" on:click=move |_| nav.replace(Screen::Shares)>
                    {tr(PageText::ShareDone)}
                </button>
            </div>
            <Show when=move || copied.get()>
                <p role="status">{tr(PageText::ShareCopied)}</p>
            </Show>
        </div>
    }
}
