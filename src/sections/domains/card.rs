use leptos::prelude::*;
use regie_core::catalogue::{Lang, PageText, Text, ViewerText};
use regie_core::model::{Domain, DomainScore, Domains};

use crate::components::{overview_chart_with, trend_chart, Reader};
use regie_core::reply::ProvenanceMap;

use crate::sections::card_parts::{non_empty, typed_by_client_mark};
use crate::sections::PreviewOfShare;

/// The latest scores per domain, by the client and by professionals, as a picture, a table
/// and each domain's course over time, read-only.
pub(crate) fn card(domains: &Domains, lang: Lang, provenance: &ProvenanceMap) -> Option<AnyView> {
    if domains.scores.is_empty() {
        return None;
    }
    // On the share form the client checks what she shares in her own plain words; the
    // professional's view keeps the matrix's.
    let reader = if use_context::<PreviewOfShare>().is_some() {
        Reader::Client
    } else {
        Reader::Viewer
    };
    let own = reader.own_score_label().get(lang);
    let caption = match reader {
        Reader::Client => Text::PreviewDomainsCaption,
        Reader::Viewer => Text::ViewDomainsCaption,
    };
    let pro = Text::ViewColProScore.get(lang);
    // Narrow screens stack the table; the roles keep its meaning for screen readers there,
    // and the labels repeated in each cell are for the eye only.
    let rows = Domain::ALL
        .into_iter()
        .map(|domain| {
            view! {
                <tr role="row" data-domain=domain.key()>
                    <th role="rowheader" scope="row">{domain.name(reader).get(lang)}</th>
                    <td role="cell">
                        <span class="cell-label" aria-hidden="true">{own}</span>
                        {score_cell(domains.latest(domain, true), lang, provenance, reader)}
                    </td>
                    <td role="cell">
                        <span class="cell-label" aria-hidden="true">{pro}</span>
                        {score_cell(domains.latest(domain, false), lang, provenance, reader)}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let caption_id = "view-domains-caption";
    // The picture for the eye; the table below says the same for everyone.
    let chart = overview_chart_with(domains, lang, reader, false);
    // How each scored domain went over time; the list of scores is not in the share, so the
    // picture's accessible name tells its course in words.
    // Dagbesteding of the earlier matrix comes last, as history, with a line that says so.
    let trends = domains
        .shown()
        .into_iter()
        .filter_map(|domain| {
            trend_chart(domains, domain, lang, reader).map(|trend| {
                let earlier = domain
                    .earlier_words(lang, reader)
                    .map(|words| view! { <p class="meta">{words}</p> });
                view! {
                    <li class="view-entry" data-domain=domain.key()>
                        <h4>{domain.name(reader).get(lang)}</h4>
                        {earlier}
                        {trend}
                    </li>
                }
            })
        })
        .collect_view();
    Some(
        view! {
            {chart}
            <div class="table-scroll" role="region" aria-labelledby=caption_id tabindex="0">
                <table class="scores" role="table" aria-labelledby=caption_id>
                    <caption id=caption_id>{caption.get(lang)}</caption>
                    <thead role="rowgroup">
                        <tr role="row">
                            <th role="columnheader" scope="col">{ViewerText::ViewColDomain.get(lang)}</th>
                            <th role="columnheader" scope="col">{own}</th>
                            <th role="columnheader" scope="col">{pro}</th>
                        </tr>
                    </thead>
                    <tbody role="rowgroup">{rows}</tbody>
                </table>
            </div>
            <div class="view-group trends">
                <h3>{PageText::DomTrendTitle.get(lang)}</h3>
                <ul class="view-list">{trends}</ul>
            </div>
        }
        .into_any(),
    )
}

fn score_cell(
    score: Option<&DomainScore>,
    lang: Lang,
    provenance: &ProvenanceMap,
    reader: Reader,
) -> AnyView {
    let Some(score) = score else {
        return view! { <span class="no-score">{ViewerText::ViewNoScore.get(lang)}</span> }
            .into_any();
    };
    let value = score.score.get();
    let label = score.score.words(lang, reader);
    let when = score.when_words(lang);
    let by_client = typed_by_client_mark(provenance, score, lang);
    let note = non_empty(&score.note).map(|note| view! { <span class="note story">{note}</span> });
    view! {
        <span class="score" data-score=value.to_string()>{label}</span>
        <span class="meta">{when}{by_client}</span>
        {note}
    }
    .into_any()
}
