use leptos::prelude::*;
use regie_core::catalogue::Text;

use crate::components::ErrorMessage;
use crate::i18n::tr;
use crate::session::{Phase, SaveState, Session};

/// Whether the last edit is safely stored; on failure, why, and a way to try again.
#[component]
pub fn SaveStatus() -> impl IntoView {
    let session = expect_context::<Session>();
    let failure = Signal::derive(move || match session.save_state.get() {
        SaveState::Failed(text) => Some(text),
        _ => None,
    });
    view! {
        <Show when=move || session.phase.get() == Phase::Unlocked>
            <span class="save-status" data-testid="save-status" role="status"
                data-state=move || match session.save_state.get() {
                    SaveState::Saved => "saved",
                    SaveState::Pending => "pending",
                    SaveState::Failed(_) => "failed",
                }
            >
                {move || match session.save_state.get() {
                    SaveState::Saved => tr(Text::Saved)(),
                    SaveState::Pending => tr(Text::Saving)(),
                    SaveState::Failed(_) => tr(Text::NotSaved)(),
                }}
            </span>
            <Show when=move || failure.get().is_some()>
                <div class="banner">
                    <ErrorMessage error=failure/>
                    <button class="button" on:click=move |_| session.save_now()>
                        {tr(Text::TryAgain)}
                    </button>
                </div>
            </Show>
        </Show>
    }
}
