//! The life-domain charts, worked out here and only drawn by the app: where every bar, point
//! and line goes (in SVG user units), and the same figures as text for screen readers.
//!
//! Two charts. The overview shows the latest score of every domain, the client's own and a
//! professional's as two bars side by side. The trend shows one domain over the months, one
//! line for the client's own scores and one for the professionals'.

use crate::catalogue::formats::date_short;
use crate::catalogue::words::{latest_score_words, Reader};
use crate::catalogue::{Lang, PageText, Text};
use crate::model::{Date, Domain, DomainScore, Domains};

/// Both charts are this wide; the app scales them to the screen (360 px phones included).
pub const WIDTH: f32 = 320.0;

// -- overview --

/// Room above the first row for the numbers 1 to 5 along the top.
const OVERVIEW_TOP: f32 = 20.0;
/// One domain: its name on a line of its own, then two bars.
const ROW_HEIGHT: f32 = 50.0;
/// A name longer than this many characters wraps onto a next line, so that at the label's
/// size (14 user units, semibold) it stays inside the picture's width, wide letters included.
pub const LABEL_LINE_CHARS: usize = 32;
/// The distance between two lines of a wrapped name.
const LABEL_LINE_HEIGHT: f32 = 17.0;
const BAR_HEIGHT: f32 = 11.0;
/// Room right of the longest bar for its number.
const VALUE_ROOM: f32 = 16.0;

/// The latest scores of all eleven domains.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    pub width: f32,
    pub height: f32,
    /// The numbers 1 to 5 along the top; each row draws its own lines at these x.
    pub grid: Vec<GridLine>,
    /// One per domain, in the order of the matrix.
    pub rows: Vec<OverviewRow>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GridLine {
    pub score: u8,
    pub x: f32,
    /// Baseline of the number above the line.
    pub label_y: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OverviewRow {
    pub domain: Domain,
    /// The domain's name, wrapped to lines that fit the picture's width.
    pub label: Vec<String>,
    /// Baseline of the name's first line, which starts at x = 0; the next lines follow
    /// `label_line_height` lower.
    pub label_y: f32,
    pub label_line_height: f32,
    /// Where the grid lines of this row run: along the bars, never through the name.
    pub grid_top: f32,
    pub grid_bottom: f32,
    /// The client's own latest score, on the upper bar.
    pub own: Option<Bar>,
    /// A professional's latest score, on the lower bar.
    pub pro: Option<Bar>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bar {
    pub score: u8,
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
    /// Where the score is written, just right of the bar.
    pub value_x: f32,
    pub value_y: f32,
}

/// The x of a score on the overview: 0 is the left edge, 5 the end of the scale.
fn overview_x(score: f32) -> f32 {
    (WIDTH - VALUE_ROOM) * score / 5.0
}

impl Overview {
    /// The overview with each domain's name as `reader` reads it in `lang`.
    pub fn new(domains: &Domains, lang: Lang, reader: Reader) -> Overview {
        let mut top = OVERVIEW_TOP;
        let rows: Vec<OverviewRow> = Domain::ALL
            .into_iter()
            .map(|domain| {
                let label = wrap_label(domain.name(reader).get(lang), LABEL_LINE_CHARS);
                let extra = LABEL_LINE_HEIGHT * label.len().saturating_sub(1) as f32;
                let bars_top = top + 21.0 + extra;
                let bar = |score: Option<&DomainScore>, y: f32| {
                    score.map(|score| {
                        let value = score.score.get();
                        let width = overview_x(f32::from(value));
                        Bar {
                            score: value,
                            x: 0.0,
                            y,
                            width,
                            height: BAR_HEIGHT,
                            value_x: width + 4.0,
                            value_y: y + BAR_HEIGHT - 1.0,
                        }
                    })
                };
                let row = OverviewRow {
                    domain,
                    label,
                    label_y: top + 15.0,
                    label_line_height: LABEL_LINE_HEIGHT,
                    grid_top: bars_top - 2.0,
                    grid_bottom: top + ROW_HEIGHT + extra,
                    own: bar(domains.latest(domain, true), bars_top),
                    pro: bar(domains.latest(domain, false), bars_top + BAR_HEIGHT + 3.0),
                };
                top += ROW_HEIGHT + extra;
                row
            })
            .collect();
        let height = top;
        let grid = (1..=5)
            .map(|score| GridLine {
                score,
                x: overview_x(f32::from(score)),
                label_y: OVERVIEW_TOP - 7.0,
            })
            .collect();
        Overview {
            width: WIDTH,
            height,
            grid,
            rows,
        }
    }

    pub fn view_box(&self) -> String {
        format!("0 0 {} {}", self.width, self.height)
    }
}

/// `name` in lines of at most `max` characters, broken between words; a single word longer
/// than that keeps a line of its own.
pub fn wrap_label(name: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in name.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// The overview as a table for screen readers: per domain its name, the client's own latest
/// score and a professional's, each in words as `reader` reads them.
pub fn overview_table_for(domains: &Domains, lang: Lang, reader: Reader) -> Vec<[String; 3]> {
    Domain::ALL
        .into_iter()
        .map(|domain| {
            [
                domain.name(reader).get(lang).to_owned(),
                latest_score_words(domains.latest(domain, true), lang, reader),
                latest_score_words(domains.latest(domain, false), lang, reader),
            ]
        })
        .collect()
}

// -- trend --

const TREND_HEIGHT: f32 = 170.0;
const PLOT_LEFT: f32 = 22.0;
const PLOT_RIGHT: f32 = WIDTH - 10.0;
const PLOT_TOP: f32 = 10.0;
const PLOT_BOTTOM: f32 = 136.0;
/// Points keep this far from the plot's sides, so a dot on the edge is drawn whole.
const PLOT_PAD: f32 = 8.0;
/// More month labels than this do not fit side by side on a phone.
const MAX_MONTH_LABELS: usize = 5;

/// One domain over time.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    pub width: f32,
    pub height: f32,
    pub plot_left: f32,
    pub plot_right: f32,
    pub plot_top: f32,
    pub plot_bottom: f32,
    /// The client's own scores, oldest first.
    pub own: Vec<TrendPoint>,
    /// The professionals' scores, oldest first.
    pub pro: Vec<TrendPoint>,
    /// Scores 1 to 5 up the left side.
    pub y_ticks: Vec<YTick>,
    /// The first day of months along the bottom.
    pub x_ticks: Vec<XTick>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrendPoint {
    pub x: f32,
    pub y: f32,
    pub score: u8,
    pub date: Date,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct YTick {
    pub score: u8,
    pub y: f32,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct XTick {
    pub x: f32,
    pub year: u16,
    pub month: u8,
    /// Whether to write the year under the month (the first tick and every January).
    pub with_year: bool,
}

fn trend_y(score: u8) -> f32 {
    PLOT_BOTTOM - (PLOT_BOTTOM - PLOT_TOP) * f32::from(score.saturating_sub(1)) / 4.0
}

fn first_of_month(date: Date) -> Date {
    Date::new(date.year(), date.month(), 1).unwrap_or(date)
}

/// The first day of the next month, held at the last date the dossier knows.
fn next_month(date: Date) -> Date {
    let (year, month) = if date.month() == 12 {
        (date.year() + 1, 1)
    } else {
        (date.year(), date.month() + 1)
    };
    Date::new(year, month, 1).unwrap_or(Date::MAX)
}

impl Trend {
    /// `None` when the domain has no scores yet.
    pub fn new(domains: &Domains, domain: Domain) -> Option<Trend> {
        let history = domains.history(domain);
        let first = history.first()?.date;
        let last = history.last()?.date;
        // Whole months, so even one score stands inside a month with its label.
        let start = first_of_month(first);
        let end = next_month(last).max(start.add_days(1));
        let span = start.days_until(end) as f32;
        let x_of = |date: Date| {
            PLOT_LEFT
                + PLOT_PAD
                + (PLOT_RIGHT - PLOT_LEFT - 2.0 * PLOT_PAD) * start.days_until(date) as f32 / span
        };
        let point = |score: &&DomainScore| TrendPoint {
            x: x_of(score.date),
            y: trend_y(score.score.get()),
            score: score.score.get(),
            date: score.date,
        };
        let own = history
            .iter()
            .filter(|s| s.scored_by.is_me())
            .map(point)
            .collect();
        let pro = history
            .iter()
            .filter(|s| !s.scored_by.is_me())
            .map(point)
            .collect();
        let mut months = Vec::new();
        let mut month = start;
        while month < end {
            months.push(month);
            month = next_month(month);
            if month == Date::MAX {
                break;
            }
        }
        let step = months.len().div_ceil(MAX_MONTH_LABELS).max(1);
        let x_ticks = months
            .iter()
            .step_by(step)
            .enumerate()
            .map(|(i, month)| XTick {
                x: x_of(*month),
                year: month.year(),
                month: month.month(),
                with_year: i == 0 || month.month() <= step as u8,
            })
            .collect();
        let y_ticks = (1..=5)
            .map(|score| YTick {
                score,
                y: trend_y(score),
            })
            .collect();
        Some(Trend {
            width: WIDTH,
            height: TREND_HEIGHT,
            plot_left: PLOT_LEFT,
            plot_right: PLOT_RIGHT,
            plot_top: PLOT_TOP,
            plot_bottom: PLOT_BOTTOM,
            own,
            pro,
            y_ticks,
            x_ticks,
        })
    }

    pub fn view_box(&self) -> String {
        format!("0 0 {} {}", self.width, self.height)
    }
}

/// An SVG path through the points in order ("M x y L x y ..."); empty for no points.
pub fn line_path(points: &[TrendPoint]) -> String {
    let mut path = String::new();
    for (i, p) in points.iter().enumerate() {
        let command = if i == 0 { 'M' } else { 'L' };
        if i > 0 {
            path.push(' ');
        }
        path.push_str(&format!("{command}{:.1} {:.1}", p.x, p.y));
    }
    path
}

/// What the trend shows, in one sentence per line of the chart, for its accessible name.
/// The client's line is "my score" in their app, "the client's" in the viewer.
pub fn trend_summary_for(trend: &Trend, domain: Domain, lang: Lang, reader: Reader) -> String {
    let name = domain.name(reader).get(lang);
    let mut parts = vec![PageText::DomTrendOf.fill(lang, &[name])];
    let own = reader.own_score_label();
    for (points, who) in [(&trend.own, own), (&trend.pro, Text::ViewColProScore)] {
        let (Some(first), Some(last)) = (points.first(), points.last()) else {
            continue;
        };
        let from = date_short(first.date, lang);
        let to = date_short(last.date, lang);
        parts.push(if points.len() == 1 {
            PageText::DomTrendOnce.fill(lang, &[who.get(lang), &first.score.to_string(), &from])
        } else {
            PageText::DomTrendFromTo.fill(
                lang,
                &[
                    who.get(lang),
                    &first.score.to_string(),
                    &from,
                    &last.score.to_string(),
                    &to,
                ],
            )
        });
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::formats::month_short;
    use crate::model::samples::{professional as pro, score};
    use crate::model::{Score, ScoredBy};

    fn sample() -> Domains {
        Domains {
            scores: vec![
                score("a", Domain::Finances, 1, "2024-01-10", ScoredBy::Me),
                score("b", Domain::Finances, 3, "2024-03-20", ScoredBy::Me),
                score("c", Domain::Finances, 2, "2024-02-01", pro("Sanne")),
                score("d", Domain::Justice, 5, "2024-02-01", ScoredBy::Me),
            ],
        }
    }

    #[test]
    fn overview_has_a_row_per_domain_with_bars_as_long_as_the_score() {
        let overview = Overview::new(&sample(), Lang::Nl, Reader::Client);
        assert_eq!(overview.rows.len(), 13);
        assert_eq!(overview.view_box(), format!("0 0 320 {}", overview.height));
        let finances = &overview.rows[0];
        assert_eq!(finances.domain, Domain::Finances);
        let own = finances.own.unwrap();
        let pro = finances.pro.unwrap();
        assert_eq!((own.score, pro.score), (3, 2));
        // Bar length is proportional to the score, and the full scale leaves room for "5".
        assert!((own.width / pro.width - 1.5).abs() < 1e-4);
        assert!((overview_x(5.0) + 4.0 + 10.0) <= WIDTH);
        // The professional's bar sits under the client's, without overlap.
        assert!(pro.y >= own.y + own.height);
        assert!(own.y > finances.label_y);
        assert!(overview.rows[1].own.is_none() && overview.rows[1].pro.is_none());
        let justice = &overview.rows[12];
        assert_eq!(justice.own.unwrap().score, 5);
        assert!(justice.pro.is_none());
        // Everything stays inside the picture.
        for row in &overview.rows {
            for bar in [row.own, row.pro].into_iter().flatten() {
                assert!(bar.y + bar.height <= overview.height);
                assert!(bar.value_x + 10.0 <= overview.width);
            }
        }
        let xs: Vec<f32> = overview.grid.iter().map(|g| g.x).collect();
        assert_eq!(xs.len(), 5);
        assert!(xs.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(overview.grid[4].x, own.width * 5.0 / 3.0);
    }

    #[test]
    fn long_names_wrap_between_words_and_push_the_rows_below_down() {
        assert_eq!(wrap_label("Financiën", LABEL_LINE_CHARS), ["Financiën"]);
        assert_eq!(
            wrap_label("Looking after yourself (washing, dressing, eating)", 32),
            ["Looking after yourself (washing,", "dressing, eating)"]
        );
        assert_eq!(wrap_label("Onafgebroken", 5), ["Onafgebroken"]);
        for lang in [Lang::Nl, Lang::En] {
            for reader in [Reader::Client, Reader::Viewer] {
                let overview = Overview::new(&sample(), lang, reader);
                let mut below = 0.0;
                for row in &overview.rows {
                    assert!(row
                        .label
                        .iter()
                        .all(|l| l.chars().count() <= LABEL_LINE_CHARS));
                    assert_eq!(row.label.join(" "), row.domain.name(reader).get(lang));
                    let last = row.label_y + row.label_line_height * (row.label.len() - 1) as f32;
                    // The name sits under the row above, and above its own bars and grid lines.
                    assert!(row.label_y - 15.0 >= below);
                    assert!(row.grid_top >= last + 4.0, "below the descenders");
                    for bar in [row.own, row.pro].into_iter().flatten() {
                        assert!(bar.y >= row.grid_top && bar.y + bar.height <= row.grid_bottom);
                    }
                    below = row.grid_bottom;
                }
                assert_eq!(overview.height, below);
            }
        }
        // The client's plain words for daily care take two lines, in both languages.
        let plain = Overview::new(&sample(), Lang::En, Reader::Client);
        let adl = plain
            .rows
            .iter()
            .find(|r| r.domain == Domain::AdlActivities)
            .unwrap();
        assert_eq!(adl.label.len(), 2);
    }

    #[test]
    fn an_empty_dossier_draws_empty_rows() {
        let overview = Overview::new(&Domains::default(), Lang::Nl, Reader::Client);
        assert!(overview
            .rows
            .iter()
            .all(|row| row.own.is_none() && row.pro.is_none()));
        assert!(Trend::new(&Domains::default(), Domain::Finances).is_none());
    }

    #[test]
    fn overview_table_says_the_same_in_words() {
        let table = overview_table_for(&sample(), Lang::Nl, Reader::Viewer);
        assert_eq!(table.len(), 13);
        assert_eq!(table[0][0], "Financiën");
        assert_eq!(table[0][1], "3 van 5: beperkt zelfredzaam (20-3-2024)");
        assert_eq!(table[0][2], "2 van 5: niet zelfredzaam (1-2-2024, Sanne)");
        assert_eq!(table[1][1], "Geen score");
        let english = overview_table_for(&sample(), Lang::En, Reader::Viewer);
        assert_eq!(english[12][1], "5 of 5: fully self-reliant (1 Feb 2024)");
        // The client reads the legend's everyday words, not the matrix's terms.
        let own = overview_table_for(&sample(), Lang::Nl, Reader::Client);
        assert_eq!(
            own[0][1],
            "3 van 5: Het gaat een beetje. Met wat hulp lukt het. (20-3-2024)"
        );
        assert_eq!(own[8][0], "Voor jezelf zorgen (wassen, aankleden, eten)");
        assert_eq!(table[8][0], "Basale ADL");
    }

    #[test]
    fn trend_places_points_by_date_and_score() {
        let trend = Trend::new(&sample(), Domain::Finances).unwrap();
        let own: Vec<(u8, String)> = trend
            .own
            .iter()
            .map(|p| (p.score, p.date.to_string()))
            .collect();
        assert_eq!(own, [(1, "2024-01-10".into()), (3, "2024-03-20".into())]);
        assert_eq!(trend.pro.len(), 1);
        // Later is further right; higher is further up; all inside the plot.
        assert!(trend.own[0].x < trend.pro[0].x && trend.pro[0].x < trend.own[1].x);
        assert!(trend.own[1].y < trend.pro[0].y && trend.pro[0].y < trend.own[0].y);
        for p in trend.own.iter().chain(&trend.pro) {
            assert!((trend.plot_left..=trend.plot_right).contains(&p.x));
            assert!((trend.plot_top..=trend.plot_bottom).contains(&p.y));
        }
        assert_eq!(trend.y_ticks[0].y, trend.plot_bottom);
        assert_eq!(trend.y_ticks[4].y, trend.plot_top);
        // January to March: three month ticks from the left edge.
        let months: Vec<u8> = trend.x_ticks.iter().map(|t| t.month).collect();
        assert_eq!(months, [1, 2, 3]);
        assert!(trend.x_ticks[0].x > trend.plot_left);
        assert!(trend.x_ticks[0].x < trend.own[0].x);
        assert!(trend.x_ticks[0].with_year && !trend.x_ticks[1].with_year);
        assert_eq!(
            line_path(&trend.own),
            format!(
                "M{:.1} {:.1} L{:.1} {:.1}",
                trend.own[0].x, trend.own[0].y, trend.own[1].x, trend.own[1].y
            )
        );
        assert_eq!(line_path(&[]), "");
    }

    #[test]
    fn one_score_stands_inside_its_month() {
        let trend = Trend::new(&sample(), Domain::Justice).unwrap();
        assert_eq!(trend.own.len(), 1);
        // On the first of the month, yet not on the edge.
        assert!(trend.own[0].x >= trend.plot_left + PLOT_PAD);
        assert!(trend.own[0].x < trend.plot_right);
        assert_eq!(trend.x_ticks.len(), 1);
        assert!(trend.pro.is_empty());
    }

    #[test]
    fn long_histories_thin_out_the_month_labels_and_cross_years() {
        let domains = Domains {
            scores: vec![
                score("a", Domain::Housing, 2, "2022-11-15", ScoredBy::Me),
                score("b", Domain::Housing, 4, "2024-12-31", ScoredBy::Me),
            ],
        };
        let trend = Trend::new(&domains, Domain::Housing).unwrap();
        assert!(trend.x_ticks.len() <= MAX_MONTH_LABELS);
        assert!(trend.x_ticks.len() >= 3);
        assert!(trend.x_ticks.windows(2).all(|w| w[0].x < w[1].x));
        assert!(trend.x_ticks.iter().all(|t| t.x <= trend.plot_right));
        assert!(trend.own[1].x <= trend.plot_right);
        // A new year is named where it starts.
        assert!(trend.x_ticks.iter().filter(|t| t.with_year).count() >= 2);
        // At the last date the dossier knows, the chart still has a width.
        let edge = Domains {
            scores: vec![score("z", Domain::Housing, 3, "2200-12-31", ScoredBy::Me)],
        };
        let trend = Trend::new(&edge, Domain::Housing).unwrap();
        assert!(trend.own[0].x.is_finite());
    }

    #[test]
    fn trend_summary_tells_from_where_to_where() {
        let trend = Trend::new(&sample(), Domain::Finances).unwrap();
        assert_eq!(
            trend_summary_for(&trend, Domain::Finances, Lang::Nl, Reader::Client),
            "Verloop van Financiën. Mijn score: van 1 op 10-1-2024 naar 3 op 20-3-2024. \
             Score van een hulpverlener: 2 op 1-2-2024."
        );
        let english = trend_summary_for(&trend, Domain::Finances, Lang::En, Reader::Client);
        assert!(english.starts_with("Finances over time. My score: from 1 on 10 Jan 2024"));
    }

    #[test]
    fn words_for_every_score() {
        let scores: Vec<Score> = Score::all().collect();
        assert_eq!(scores.len(), 5);
        for (i, a) in scores.iter().enumerate() {
            for b in &scores[i + 1..] {
                for reader in [Reader::Client, Reader::Viewer] {
                    assert_ne!(a.meaning(reader), b.meaning(reader));
                }
            }
        }
        assert_eq!(month_short(3, Lang::Nl), "mrt");
        assert_eq!(month_short(3, Lang::En), "Mar");
        assert_eq!(
            date_short(Date::parse("2026-11-02").unwrap(), Lang::Nl),
            "2-11-2026"
        );
    }
}
