//! The idle clock in the browser, one for the desk and the call centres' page: every key press,
//! click or touch counts as activity (and now and then asks the page for a new token); a tick
//! each second shows the warning in the last minute and ends the session at 30 minutes. The
//! rules are `crate::domain::desk::idle`; what a new token or the end means is the page's.

use crate::domain::common::language::Lang;
use crate::domain::desk::idle::{IdleClock, IdleState};
use crate::text::IdleStrings;
use leptos::prelude::*;

/// A page's idle clock, and the whole seconds left while the warning shows.
#[derive(Clone, Copy)]
pub struct Idle {
    pub clock: StoredValue<IdleClock>,
    pub left: RwSignal<Option<u32>>,
}

impl Idle {
    /// A clock that starts now.
    pub fn from_now() -> Idle {
        Idle {
            clock: StoredValue::new(IdleClock::new(js_sys::Date::now())),
            left: RwSignal::new(None),
        }
    }

    /// A new sign-in: the clock starts again and no warning shows.
    pub fn restart(self) {
        self.clock.set_value(IdleClock::new(js_sys::Date::now()));
        self.stop_warning();
    }

    pub fn stop_warning(self) {
        if self.left.get_untracked().is_some() {
            self.left.set(None);
        }
    }
}

/// Watch the page while `signed_in()`: activity restarts the clock and calls `refresh` when the
/// token is due; the clock running out calls `expired`.
pub fn watch(
    idle: Idle,
    signed_in: impl Fn() -> bool + Copy + 'static,
    refresh: impl Fn() + Copy + 'static,
    expired: impl Fn() + Copy + 'static,
) {
    let activity = move || {
        if !signed_in() {
            return;
        }
        let mut clock = idle.clock.get_value();
        let due = clock.touch(js_sys::Date::now());
        idle.clock.set_value(clock);
        idle.stop_warning();
        if due {
            refresh();
        }
    };
    window_event_listener(leptos::ev::keydown, move |_| activity());
    window_event_listener(leptos::ev::pointerdown, move |_| activity());
    let _ = set_interval_with_handle(
        move || {
            if !signed_in() {
                return;
            }
            match idle.clock.get_value().state(js_sys::Date::now()) {
                IdleState::Active => idle.stop_warning(),
                IdleState::Warning(n) => idle.left.set(Some(n)),
                IdleState::Expired => expired(),
            }
        },
        std::time::Duration::from_secs(1),
    );
}

/// The warning in the last minute, with a button that counts as activity; `note` says what
/// else the sign-out does (e.g. clears a form). Announced once when it appears; the countdown
/// itself is not read out every second. `class` names the page's own box.
pub fn warning(
    idle: Idle,
    lang: RwSignal<Lang>,
    class: &'static str,
    note: impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let shown = Memo::new(move |_| idle.left.with(Option::is_some));
    move || {
        let s = IdleStrings::get(lang.get());
        shown.get().then(|| {
            view! {
                <div class=format!("status-box {class}")>
                    <p role="alert">{s.idle_warning}" "
                        <span aria-live="off">{move || idle.left.get().unwrap_or(0)}</span>
                        " "{s.seconds}"."{move || note().map(|n| format!(" {n}"))}</p>
                    <button type="button" class="button small">{s.stay_signed_in}</button>
                </div>
            }
        })
    }
}
