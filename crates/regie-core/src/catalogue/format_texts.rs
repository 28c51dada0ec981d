//! How dates, amounts and CSV files are written: month names, patterns, separators. Dutch;
//! other languages come from their files (see [`super::loaded`]).

use super::{fill_in, Lang};

text_part! {
    /// A piece of how a language writes dates and numbers.
    FormatText {
        Month1 => "januari";
        MonthShort1 => "jan";
        Month2 => "februari";
        MonthShort2 => "feb";
        Month3 => "maart";
        MonthShort3 => "mrt";
        Month4 => "april";
        MonthShort4 => "apr";
        Month5 => "mei";
        MonthShort5 => "mei";
        Month6 => "juni";
        MonthShort6 => "jun";
        Month7 => "juli";
        MonthShort7 => "jul";
        Month8 => "augustus";
        MonthShort8 => "aug";
        Month9 => "september";
        MonthShort9 => "sep";
        Month10 => "oktober";
        MonthShort10 => "okt";
        Month11 => "november";
        MonthShort11 => "nov";
        Month12 => "december";
        MonthShort12 => "dec";
        DateLong => "{d} {month} {y}";
        DateShort => "{d}-{m}-{y}";
        Decimal => ",";
        Group => ".";
        Money => "€ {}";
        CsvSeparator => ";";
    }
}
