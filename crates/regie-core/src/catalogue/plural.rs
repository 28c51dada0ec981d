//! Which plural form a count takes, per language: CLDR's plural rules for whole numbers
//! (<https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html>),
//! written out for the languages Regie speaks. Counts in Regie are whole numbers, so the
//! rules' parts for fractions (`v != 0`) never apply and are left out.

use super::Lang;

/// CLDR's plural categories. A language uses some of them; `Other` always.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    pub const ALL: [Plural; 6] = [
        Plural::Zero,
        Plural::One,
        Plural::Two,
        Plural::Few,
        Plural::Many,
        Plural::Other,
    ];

    /// CLDR's name of the category, as the language files write it.
    pub fn name(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }

    /// The categories `lang` uses for whole numbers.
    pub fn used_by(lang: Lang) -> &'static [Plural] {
        use Plural::*;
        match lang {
            Lang::Nl | Lang::En | Lang::Tr => &[One, Other],
            Lang::Ar => &[Zero, One, Two, Few, Many, Other],
            Lang::Pl | Lang::Uk => &[One, Few, Many, Other],
        }
    }

    /// The category of the whole number `n` in `lang`.
    pub fn of(lang: Lang, n: u64) -> Plural {
        let (n10, n100) = (n % 10, n % 100);
        match lang {
            // one: i = 1 and v = 0 (Dutch, English); n = 1 (Turkish).
            Lang::Nl | Lang::En | Lang::Tr => {
                if n == 1 {
                    Plural::One
                } else {
                    Plural::Other
                }
            }
            // zero: n = 0; one: n = 1; two: n = 2; few: n % 100 = 3..10;
            // many: n % 100 = 11..99.
            Lang::Ar => match (n, n100) {
                (0, _) => Plural::Zero,
                (1, _) => Plural::One,
                (2, _) => Plural::Two,
                (_, 3..=10) => Plural::Few,
                (_, 11..=99) => Plural::Many,
                _ => Plural::Other,
            },
            // one: i = 1 and v = 0; few: i % 10 = 2..4 and i % 100 != 12..14;
            // many: the rest of the whole numbers.
            Lang::Pl => {
                if n == 1 {
                    Plural::One
                } else if (2..=4).contains(&n10) && !(12..=14).contains(&n100) {
                    Plural::Few
                } else {
                    Plural::Many
                }
            }
            // one: i % 10 = 1 and i % 100 != 11; few: i % 10 = 2..4 and i % 100 != 12..14;
            // many: the rest of the whole numbers.
            Lang::Uk => {
                if n10 == 1 && n100 != 11 {
                    Plural::One
                } else if (2..=4).contains(&n10) && !(12..=14).contains(&n100) {
                    Plural::Few
                } else {
                    Plural::Many
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CLDR's own integer samples for each category.
    #[test]
    fn cldr_samples() {
        let samples: &[(Lang, Plural, &[u64])] = &[
            (Lang::Nl, Plural::One, &[1]),
            (Lang::Nl, Plural::Other, &[0, 2, 3, 16, 100, 1000]),
            (Lang::En, Plural::One, &[1]),
            (Lang::En, Plural::Other, &[0, 2, 21, 101]),
            (Lang::Tr, Plural::One, &[1]),
            (Lang::Tr, Plural::Other, &[0, 2, 16, 100, 1000]),
            (Lang::Ar, Plural::Zero, &[0]),
            (Lang::Ar, Plural::One, &[1]),
            (Lang::Ar, Plural::Two, &[2]),
            (Lang::Ar, Plural::Few, &[3, 10, 103, 110, 1003]),
            (Lang::Ar, Plural::Many, &[11, 26, 99, 111, 1011]),
            (Lang::Ar, Plural::Other, &[100, 101, 102, 200, 1000, 10000]),
            (Lang::Pl, Plural::One, &[1]),
            (Lang::Pl, Plural::Few, &[2, 3, 4, 22, 24, 32, 102, 1002]),
            (
                Lang::Pl,
                Plural::Many,
                &[0, 5, 19, 21, 100, 112, 1000, 10000],
            ),
            (Lang::Uk, Plural::One, &[1, 21, 31, 41, 101, 1001]),
            (Lang::Uk, Plural::Few, &[2, 3, 4, 22, 24, 32, 102, 1002]),
            (
                Lang::Uk,
                Plural::Many,
                &[0, 5, 11, 12, 14, 19, 100, 111, 1000],
            ),
        ];
        for &(lang, category, ns) in samples {
            for &n in ns {
                assert_eq!(Plural::of(lang, n), category, "{lang:?} {n}");
            }
        }
    }

    #[test]
    fn each_language_lands_only_in_its_own_categories() {
        for lang in Lang::ALL {
            for n in 0..2_000 {
                assert!(Plural::used_by(lang).contains(&Plural::of(lang, n)));
            }
        }
    }
}

#[cfg(test)]
mod in_the_language_files {
    use crate::catalogue::{formats, Counted, Lang};
    use crate::model::Date;
    use crate::money::euros;

    #[test]
    fn counts_take_each_language_s_own_forms() {
        let left = |lang, n| Counted::DaysLeft.count(lang, n);
        assert_eq!(left(Lang::Pl, 1), "jeszcze 1 dzień");
        assert_eq!(left(Lang::Pl, 3), "jeszcze 3 dni");
        assert_eq!(left(Lang::Uk, 21), "ще 21 день");
        assert_eq!(left(Lang::Uk, 3), "ще 3 дні");
        assert_eq!(left(Lang::Uk, 5), "ще 5 днів");
        assert_eq!(left(Lang::Uk, 11), "ще 11 днів");
        assert_eq!(left(Lang::Ar, 2), "بقي يومان");
        assert_eq!(left(Lang::Ar, 4), "بقيت 4 أيام");
        assert_eq!(left(Lang::Ar, 11), "بقي 11 يومًا");
        assert_eq!(left(Lang::Tr, 1), "1 gün kaldı");
        assert_eq!(left(Lang::Tr, 7), "7 gün kaldı");
        assert_eq!(left(Lang::Nl, 1), "nog 1 dag");
    }

    #[test]
    fn dates_and_amounts_as_each_language_writes_them() {
        let d = Date::parse("2026-11-22").unwrap();
        assert_eq!(formats::date_long(d, Lang::Pl), "22 listopada 2026");
        assert_eq!(formats::date_long(d, Lang::Uk), "22 листопада 2026");
        assert_eq!(formats::date_long(d, Lang::Tr), "22 Kasım 2026");
        assert_eq!(formats::date_long(d, Lang::Ar), "22 نوفمبر 2026");
        assert_eq!(formats::date_short(d, Lang::Tr), "22.11.2026");
        assert_eq!(formats::date_short(d, Lang::Nl), "22-11-2026");
        assert_eq!(euros(123_456, Lang::Pl), "1\u{a0}234,56\u{a0}€");
        assert_eq!(euros(123_456, Lang::Tr), "€1.234,56");
        assert_eq!(euros(-123_456, Lang::Nl), "-€ 1.234,56");
    }
}
