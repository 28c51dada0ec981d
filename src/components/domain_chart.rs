//! The life-domain charts as inline SVG, drawn from the geometry that `regie_core::chart`
//! works out. Names and notes the client typed go into text nodes only.

use leptos::prelude::*;
use regie_core::catalogue::words::Reader;
use regie_core::catalogue::{formats, Lang, PageText, Text, ViewerText};
use regie_core::chart::{self, Overview, Trend, TrendPoint};
use regie_core::model::{Domain, Domains};

/// Latest scores of all domains: the client's own bar above a professional's dotted one.
/// For the client it adds the same figures as a table for screen readers; the viewer already
/// shows such a table under the picture.
pub fn overview_chart(domains: &Domains, lang: Lang, reader: Reader) -> AnyView {
    overview_chart_with(domains, lang, reader, reader == Reader::Client)
}

/// The same, in `reader`'s words, with or without the table for screen readers (a shared
/// card has its own table under the picture).
pub fn overview_chart_with(
    domains: &Domains,
    lang: Lang,
    reader: Reader,
    with_table: bool,
) -> AnyView {
    let hint = reader.chart_hint();
    let overview = Overview::new(domains, lang, reader);
    let ticks = overview
        .grid
        .iter()
        .map(|g| {
            view! { <text class="tick" x=g.x y=g.label_y text-anchor="middle">{g.score}</text> }
        })
        .collect_view();
    let xs: Vec<f32> = overview.grid.iter().map(|g| g.x).collect();
    let rows = overview
        .rows
        .iter()
        .map(|row| {
            // The grid runs along the bars only, so no line crosses the name.
            let grid = xs
                .iter()
                .map(|&x| view! { <line class="grid" x1=x y1=row.grid_top x2=x y2=row.grid_bottom/> })
                .collect_view();
            let step = row.label_line_height;
            let label = row
                .label
                .iter()
                .enumerate()
                .map(|(i, line)| {
                    let dy = if i == 0 { 0.0 } else { step };
                    view! { <tspan x="0" dy=dy>{line.clone()}</tspan> }
                })
                .collect_view();
            let below_label = row.label_y + step * (row.label.len() - 1) as f32;
            let bars = [(row.own, "bar own"), (row.pro, "bar pro")]
                .into_iter()
                .filter_map(|(bar, class)| bar.map(|bar| (bar, class)))
                .map(|(bar, class)| {
                    view! {
                        <rect class=class x=bar.x y=bar.y width=bar.width height=bar.height
                            rx="2"/>
                        <text class="value" x=bar.value_x y=bar.value_y>{bar.score}</text>
                    }
                })
                .collect_view();
            let none = (row.own.is_none() && row.pro.is_none()).then(|| {
                view! {
                    <text class="none" x="0" y=below_label + 20.0>
                        {ViewerText::ViewNoScore.get(lang)}
                    </text>
                }
            });
            view! {
                <g data-domain=row.domain.key()>
                    {grid}
                    <text class="label" x="0" y=row.label_y>{label}</text>
                    {bars}
                    {none}
                </g>
            }
        })
        .collect_view();
    let table = with_table.then(|| {
        let rows = chart::overview_table_for(domains, lang, reader)
            .into_iter()
            .map(|[name, own, pro]| {
                view! { <tr><th scope="row">{name}</th><td>{own}</td><td>{pro}</td></tr> }
            })
            .collect_view();
        view! {
            // A table box grows to fit its content, so the hiding is done by a wrapper.
            <div class="visually-hidden">
            <table data-testid="domains-chart-table">
                <caption>{PageText::DomChartTable.get(lang)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{ViewerText::ViewColDomain.get(lang)}</th>
                        <th scope="col">{reader.own_score_label().get(lang)}</th>
                        <th scope="col">{Text::ViewColProScore.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        }
    });
    view! {
        <figure class="chart" data-testid="domains-chart">
            <figcaption>
                <strong>{PageText::DomChartTitle.get(lang)}</strong>
                <span class="chart-legend">
                    <span class="key"><span class="swatch own"></span>{reader.own_score_label().get(lang)}</span>
                    <span class="key"><span class="swatch pro"></span>{Text::ViewColProScore.get(lang)}</span>
                </span>
                <span class="hint">{hint.get(lang)}</span>
            </figcaption>
            <svg class="chart-svg" viewBox=overview.view_box() aria-hidden="true" focusable="false"
                data-testid="domains-chart-svg">
                {ticks}
                {rows}
            </svg>
            {table}
        </figure>
    }
    .into_any()
}

/// One domain over the months, or nothing before its first score. The picture's accessible
/// name tells the same in a sentence; the list of scores under it has every detail.
pub fn trend_chart(
    domains: &Domains,
    domain: Domain,
    lang: Lang,
    reader: Reader,
) -> Option<AnyView> {
    let trend = Trend::new(domains, domain)?;
    let label = chart::trend_summary_for(&trend, domain, lang, reader);
    let y_ticks = trend
        .y_ticks
        .iter()
        .map(|t| {
            view! {
                <line class="grid" x1=trend.plot_left y1=t.y x2=trend.plot_right y2=t.y/>
                <text class="tick" x=trend.plot_left - 6.0 y=t.y + 4.0 text-anchor="end">{t.score}</text>
            }
        })
        .collect_view();
    let x_ticks = trend
        .x_ticks
        .iter()
        .map(|t| {
            let year = t.with_year.then(|| {
                view! {
                    <text class="tick" x=t.x y=trend.plot_bottom + 30.0 text-anchor="middle">{t.year}</text>
                }
            });
            view! {
                <line class="grid minor" x1=t.x y1=trend.plot_top x2=t.x y2=trend.plot_bottom/>
                <text class="tick" x=t.x y=trend.plot_bottom + 16.0 text-anchor="middle">
                    {formats::month_short(t.month, lang)}
                </text>
                {year}
            }
        })
        .collect_view();
    let dots = |points: &[TrendPoint], own: bool| {
        points
            .iter()
            .map(|p| {
                if own {
                    view! { <circle class="dot own" cx=p.x cy=p.y r="5"/> }.into_any()
                } else {
                    view! { <rect class="dot pro" x=p.x - 5.0 y=p.y - 5.0 width="10" height="10"/> }
                        .into_any()
                }
            })
            .collect_view()
    };
    Some(
        view! {
            <div class="trend">
                <p class="chart-legend" aria-hidden="true">
                    <span class="key"><span class="swatch line-own"></span>{reader.own_score_label().get(lang)}</span>
                    <span class="key"><span class="swatch line-pro"></span>{Text::ViewColProScore.get(lang)}</span>
                </p>
                <svg class="chart-svg" viewBox=trend.view_box() role="img" aria-label=label
                    data-testid=format!("domain-trend-{}", domain.key())>
                    {y_ticks}
                    {x_ticks}
                    <path class="line own" d=chart::line_path(&trend.own)/>
                    <path class="line pro" d=chart::line_path(&trend.pro)/>
                    {dots(&trend.own, true)}
                    {dots(&trend.pro, false)}
                </svg>
            </div>
        }
        .into_any(),
    )
}
