//! The province's view: every help point on one table, the programme notices (edited here, live
//! on the citizen's start screen without a rebuild), and "which fixes work" over the last 7 or
//! 30 days as a table and a bar chart drawn here, with a CSV download.

use super::{title, Ctx};
use crate::domain::common::answer::Answer;
use crate::domain::common::language::Lang;
use crate::domain::common::routes::api;
use crate::domain::desk::province::{
    bars, decode_channels, decode_funnel, decode_overview, funnel_csv, node_label, percent,
    problem_label, Channel, ChannelFigures, PointRow, ProblemFigures,
};
use crate::domain::flow::content::Problem;
use crate::text::DeskStrings;
use crate::ui::shell::browser;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The flows of the problems in the funnel (`content/problems/<id>.json`, the site's own
/// files), so steps read as words; fetched once each, in the background.
fn load_flows(list: &[ProblemFigures], flows: RwSignal<HashMap<String, Arc<Problem>>>) {
    for p in list.iter().filter(|p| !p.nodes.is_empty()) {
        let id = p.problem.clone();
        if flows.with_untracked(|m| m.contains_key(&id)) {
            continue;
        }
        leptos::task::spawn_local(async move {
            // the shell's content loader: safe file names only, each file fetched once per page
            if let Ok(flow) = crate::ui::shell::content::problem(&id).await {
                flows.update(|m| {
                    m.insert(id, flow);
                });
            }
        });
    }
}

type Overview = Option<Result<(Vec<String>, Vec<PointRow>), ()>>;

/// Offer `text` as a file download, made in the page (no address carries it).
fn download(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("text/csv;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = browser::document().create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

pub fn screen(ctx: Ctx) -> impl IntoView {
    let overview = RwSignal::new(None::<Result<(Vec<String>, Vec<PointRow>), ()>>);
    let days = RwSignal::new(7u32);
    let funnel = RwSignal::new(None::<Result<Vec<ProblemFigures>, ()>>);
    let flows = RwSignal::new(HashMap::<String, Arc<Problem>>::new());
    let channels = RwSignal::new(Vec::<ChannelFigures>::new());
    leptos::task::spawn_local(async move {
        let got = match super::api::get(ctx, api::PROVINCE_OVERVIEW).await {
            Answer::Status(200, t) => decode_overview(&t).ok_or(()),
            _ => Err(()),
        };
        overview.set(Some(got));
    });
    let load_funnel = move || {
        let d = days.get_untracked();
        funnel.set(None);
        leptos::task::spawn_local(async move {
            let got = match super::api::get(ctx, &api::funnel(d)).await {
                Answer::Status(200, t) => {
                    channels.set(decode_channels(&t));
                    decode_funnel(&t).ok_or(())
                }
                _ => Err(()),
            };
            if days.get_untracked() == d {
                if let Ok(list) = &got {
                    load_flows(list, flows);
                }
                funnel.set(Some(got));
            }
        });
    };
    load_funnel();
    move || {
        let l = ctx.lang.get();
        let s = DeskStrings::get(l);
        browser::set_title(s.prov_title, l);
        view! {
            <section class="card desk-province">
                {title(s.prov_title.to_owned())}
                {move || points_table(s, overview.get())}
            </section>
            {super::programme::editor(ctx)}
            {super::notices::editor(ctx)}
            <section class="card desk-funnel">
                <h2>{s.funnel_title}</h2>
                <p>{s.funnel_intro}</p>
                <fieldset class="desk-period">
                    <legend class="label">{s.funnel_days}</legend>
                    {[(7u32, s.last_7), (30, s.last_30)].into_iter().map(|(d, label)| view! {
                        <label class="desk-radio"><input type="radio" name="funnel-days" prop:checked=move || days.get() == d
                            on:change=move |_| { days.set(d); load_funnel(); }/>" "{label}</label>
                    }).collect_view()}
                </fieldset>
                {move || match funnel.get() {
                    None => view! { <p role="status">{s.loading}</p> }.into_any(),
                    Some(Err(())) => view! { <p role="alert">{s.network_down}</p> }.into_any(),
                    Some(Ok(list)) if list.iter().all(|p| p.nodes.is_empty()) => view! { <p>{s.funnel_none}</p> }.into_any(),
                    Some(Ok(list)) => {
                        let csv = funnel_csv(&list, &s.csv_header, &|p, n| {
                            flows.with(|m| {
                                let flow = m.get(p).map(|f| f.as_ref());
                                match n {
                                    None => problem_label(flow, p, l),
                                    Some(n) => node_label(flow, n, l, 300),
                                }
                            })
                        });
                        let name = format!("fixes-{}d.csv", days.get_untracked());
                        view! {
                            {channels_table(s, channels.get())}
                            <p><button type="button" class="button" on:click=move |_| download(&name, &csv)>{s.export_csv}</button></p>
                            {list.into_iter().filter(|p| !p.nodes.is_empty()).map(|p| {
                                let flow = flows.with(|m| m.get(&p.problem).cloned());
                                problem_figures(s, p, flow, l)
                            }).collect_view()}
                        }.into_any()
                    }
                }}
            </section>
        }
    }
}

/// "Which fixes work" per channel (online, walk-in, phone), one row each.
fn channels_table(s: &'static DeskStrings, rows: Vec<ChannelFigures>) -> Option<AnyView> {
    (!rows.is_empty()).then(|| {
        view! {
            <h3>{s.channels_title}</h3>
            <div class="desk-table-wrap" tabindex="0" role="region" aria-label=s.channels_title>
                <table class="desk-table desk-channels">
                    <thead><tr>{s.channel_cols.iter().map(|c| view! { <th scope="col">{*c}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {rows.into_iter().map(|r| {
                            let name = s.channel_names[match r.channel { Channel::Online => 0, Channel::WalkIn => 1, Channel::Phone => 2 }];
                            let c = &s.channel_cols;
                            view! { <tr>
                                <th scope="row">{name}</th><td class="num" data-label=c[1]>{r.started}</td><td class="num" data-label=c[2]>{r.fixed_self}</td>
                                <td class="num" data-label=c[3]>{r.booked}</td><td class="num" data-label=c[4]>{r.served}</td><td class="num" data-label=c[5]>{r.fixed_at_help_point}</td>
                            </tr> }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    })
}

fn points_table(s: &'static DeskStrings, o: Overview) -> AnyView {
    let (days, rows) = match o {
        None => return view! { <p role="status">{s.loading}</p> }.into_any(),
        Some(Err(())) => return view! { <p role="alert">{s.network_down}</p> }.into_any(),
        Some(Ok(x)) => x,
    };
    // Open on a wide screen; folded on a phone, where the help points make a long list of cards.
    let wide = browser::window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w >= 768.0);
    let count = rows.len();
    view! {
        <details class="desk-points" open=wide>
        <summary>{format!("{} ({count})", s.prov_points)}</summary>
        <div class="desk-table-wrap" tabindex="0" role="region" aria-label=s.prov_points>
            <table class="desk-table">
                <thead><tr>
                    <th scope="col">{s.prov_col_name}</th>
                    <th scope="col">{s.prov_col_days}<span class="visually-hidden">{format!(" ({} – {})", days.first().cloned().unwrap_or_default(), days.last().cloned().unwrap_or_default())}</span></th>
                    <th scope="col">{s.prov_col_free}</th>
                    <th scope="col">{s.prov_col_noshow}</th>
                    <th scope="col">{s.prov_col_address}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr class=if r.active { "" } else { "inactive" }>
                            <th scope="row">{r.name}<span class="desk-sub">{r.region}{(!r.active).then(|| format!(" · {}", s.inactive))}</span></th>
                            <td class="num" data-label=s.prov_col_days>{r.bookings_per_day.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(" · ")}</td>
                            <td class="num" data-label=s.prov_col_free>{r.free_next_7_days}</td>
                            <td class="num" data-label=s.prov_col_noshow>{percent(r.no_show_rate)}</td>
                            <td class=if r.address_confirmed { "ok" } else { "missing" } data-label=s.prov_col_address>{if r.address_confirmed { s.yes } else { s.no }}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        </details>
    }
    .into_any()
}

/// One problem: its bar chart (how many reached each step) and its table.
fn problem_figures(
    s: &'static DeskStrings,
    p: ProblemFigures,
    flow: Option<Arc<Problem>>,
    l: Lang,
) -> impl IntoView {
    let flow = flow.as_deref();
    let title = problem_label(flow, &p.problem, l);
    let started = p.started;
    let b = bars(&p.nodes);
    // whole SVG units (integers): no float-to-text code in the desk bundle
    let row_h = 22;
    let h = b.len() * row_h + 4;
    view! {
        <details class="desk-problem-figures">
            <summary>{title.clone()}<span class="desk-sub">{format!("{}: {}", s.col_reached, started)}</span></summary>
            <svg class="desk-chart" viewBox=format!("0 0 400 {h}") role="img" aria-label=format!("{}: {}", s.chart_label, title)>
                {b.into_iter().enumerate().map(|(i, (id, n, share))| {
                    let y = i * row_h + 2;
                    let bar = ((share * 190.0).round() as usize).max(1);
                    let label = node_label(flow, &id, l, 26);
                    view! {
                        <g>
                            <text x="0" y=(y + 15).to_string() class="chart-label">{label}</text>
                            <rect x="170" y=y.to_string() width=bar.to_string() height="16" class="chart-bar"></rect>
                            <text x=(175 + bar).to_string() y=(y + 13).to_string() class="chart-n">{n}</text>
                        </g>
                    }
                }).collect_view()}
            </svg>
            <div class="desk-table-wrap" tabindex="0" role="region" aria-label=title>
                <table class="desk-table">
                    <thead><tr>
                        <th scope="col">{s.col_step}</th><th scope="col">{s.col_reached}</th><th scope="col">{s.col_fixed}</th>
                        <th scope="col">{s.col_gave_up}</th><th scope="col">{s.col_booked}</th><th scope="col">{s.col_fixed_desk}</th>
                    </tr></thead>
                    <tbody>
                        {p.nodes.into_iter().map(|n| view! {
                            <tr><th scope="row">{node_label(flow, &n.node, l, 120)}</th><td class="num" data-label=s.col_reached>{n.reached}</td><td class="num" data-label=s.col_fixed>{n.fixed}</td>
                                <td class="num" data-label=s.col_gave_up>{n.gave_up}</td><td class="num" data-label=s.col_booked>{n.booked}</td>
                                <td class="num" data-label=s.col_fixed_desk>{s.fixed_at_desk(&n.fixed_at_desk)}</td></tr>
                        }).collect_view()}
                        {(!p.other_fix_at_desk.is_empty()).then(|| view! {
                            <tr><th scope="row">{s.serve_other}</th><td></td><td></td><td></td><td></td>
                                <td class="num" data-label=s.col_fixed_desk>{s.fixed_at_desk(&p.other_fix_at_desk)}</td></tr>
                        })}
                    </tbody>
                </table>
            </div>
        </details>
    }
}
