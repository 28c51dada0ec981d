use leptos::prelude::*;
use regie_core::catalogue::Text;

use crate::components::{DateField, TextField};
use crate::i18n::tr;

/// Over mij: who the client is and how they like to be approached.
#[component]
pub fn Editor() -> impl IntoView {
    view! {
        <section data-testid="section-about" aria-labelledby="about-title">
            <h1 id="about-title">{tr(Text::SectionAbout)}</h1>
            <p>{tr(Text::AboutIntro)}</p>
            <p class="hint">{tr(Text::SavedAutomatically)}</p>
            <TextField label=Text::FieldName testid="about-name" autocomplete="name"
                get=|d| d.about.name.clone() set=|d, v| d.about.name = v/>
            <DateField label=Text::FieldDateOfBirth testid="about-date-of-birth"
                get=|d| d.about.date_of_birth set=|d, v| d.about.date_of_birth = v/>
            <TextField label=Text::FieldPhone testid="about-phone" kind="tel" autocomplete="tel"
                get=|d| d.about.phone.clone() set=|d, v| d.about.phone = v/>
            <TextField label=Text::FieldEmail testid="about-email" kind="email" autocomplete="email"
                get=|d| d.about.email.clone() set=|d, v| d.about.email = v/>
            <TextField label=Text::FieldAddress testid="about-address" multiline=true
                autocomplete="street-address"
                get=|d| d.about.address.clone() set=|d, v| d.about.address = v/>
            <TextField label=Text::FieldLanguages testid="about-languages"
                get=|d| d.about.languages.clone() set=|d, v| d.about.languages = v/>
            <TextField label=Text::FieldApproach testid="about-approach" multiline=true
                get=|d| d.about.approach.clone() set=|d, v| d.about.approach = v/>
            <TextField label=Text::FieldWhatMatters testid="about-what-matters" multiline=true
                get=|d| d.about.what_matters.clone() set=|d, v| d.about.what_matters = v/>
        </section>
    }
}
