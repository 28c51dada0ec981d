//! The share form in steps that fit a phone: who it is for, what goes along (and, when the
//! chosen sections have them, which life domains and documents), for how long, then one press.
//!
//! The steps go forward in the order of the automation contract's hooks: the sections before
//! the duration, the duration before the recipient and the create button. The details of the
//! sections are a page of their own inside step 2, so nothing sits behind a fold: pressing
//! "Volgende" reaches every field.

use crate::catalogue::Text;

/// One page of the share form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareStep {
    /// The kind of professional (a preset), or someone else.
    Who,
    /// The sections.
    What,
    /// Which life domains and documents, when those sections are chosen.
    Details,
    /// How long, the optional spoken code and start, the name, and the create button.
    HowLong,
}

impl ShareStep {
    /// The steps the person counts: "Stap 2 van 3".
    pub const COUNT: u8 = 3;

    /// The number in "Stap n van 3"; the details page belongs to step 2.
    pub fn number(self) -> u8 {
        match self {
            ShareStep::Who => 1,
            ShareStep::What | ShareStep::Details => 2,
            ShareStep::HowLong => 3,
        }
    }

    /// The question the step asks.
    pub fn title(self) -> Text {
        match self {
            ShareStep::Who => Text::ShareStepWhoTitle,
            ShareStep::What | ShareStep::Details => Text::ShareStepWhatTitle,
            ShareStep::HowLong => Text::ShareStepHowLongTitle,
        }
    }

    /// The step after this one; `details` says whether the chosen sections have details
    /// to choose (life domains, documents). The last step has none.
    pub fn next(self, details: bool) -> Option<ShareStep> {
        match self {
            ShareStep::Who => Some(ShareStep::What),
            ShareStep::What if details => Some(ShareStep::Details),
            ShareStep::What | ShareStep::Details => Some(ShareStep::HowLong),
            ShareStep::HowLong => None,
        }
    }

    /// The step before this one; the first has none (Back leaves the form).
    pub fn back(self, details: bool) -> Option<ShareStep> {
        match self {
            ShareStep::Who => None,
            ShareStep::What => Some(ShareStep::Who),
            ShareStep::Details => Some(ShareStep::What),
            ShareStep::HowLong if details => Some(ShareStep::Details),
            ShareStep::HowLong => Some(ShareStep::What),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ShareStep::{self, *};
    use crate::catalogue::{Lang, PageText};

    fn walk(details: bool) -> Vec<ShareStep> {
        let mut at = Who;
        let mut seen = vec![at];
        while let Some(next) = at.next(details) {
            at = next;
            seen.push(at);
        }
        seen
    }

    #[test]
    fn forward_goes_through_every_step_once_in_contract_order() {
        assert_eq!(walk(false), [Who, What, HowLong]);
        assert_eq!(walk(true), [Who, What, Details, HowLong]);
    }

    #[test]
    fn back_retraces_forward_and_stops_at_the_first_step() {
        for details in [false, true] {
            let mut steps = walk(details);
            let mut at = steps.pop().unwrap();
            while let Some(before) = at.back(details) {
                assert_eq!(Some(before), steps.pop());
                at = before;
            }
            assert_eq!(at, Who);
            assert!(steps.is_empty());
        }
    }

    #[test]
    fn the_details_page_counts_as_step_two_of_three() {
        assert_eq!(Details.number(), What.number());
        assert_eq!(Details.title(), What.title());
        assert_eq!(HowLong.number(), ShareStep::COUNT);
        for step in [Who, What, Details, HowLong] {
            assert!((1..=ShareStep::COUNT).contains(&step.number()));
        }
    }

    #[test]
    fn the_heading_reads_as_a_sentence() {
        let line = PageText::ShareStepOf.fill(
            Lang::Nl,
            &[&What.number().to_string(), &ShareStep::COUNT.to_string()],
        );
        assert_eq!(
            format!("{line}: {}", What.title().get(Lang::Nl)),
            "Stap 2 van 3: Wat deel je?"
        );
    }
}
