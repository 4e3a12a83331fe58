//! Signed out after 30 minutes without activity, warned a minute before; the session token is
//! refreshed on activity, at most every few minutes. Times are milliseconds of the browser's
//! clock; the desk ticks once a second and asks [`IdleClock::state`].

pub const IDLE_LIMIT_MS: f64 = 30.0 * 60_000.0;
pub const WARN_BEFORE_MS: f64 = 60_000.0;
/// A token older than this is refreshed on the next activity. Staff tokens last 30 minutes
/// (`docs/booking-api.md`, "Desk"), so the token never runs out before the idle clock does.
pub const REFRESH_EVERY_MS: f64 = 60_000.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum IdleState {
    Active,
    /// Whole seconds left before sign-out.
    Warning(u32),
    Expired,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IdleClock {
    pub last_activity: f64,
    pub last_refresh: f64,
}

impl IdleClock {
    pub fn new(now: f64) -> IdleClock {
        IdleClock {
            last_activity: now,
            last_refresh: now,
        }
    }

    /// A key press, click or touch. Returns true when the token should be refreshed now.
    /// Activity after expiry does not count: the session is already over.
    pub fn touch(&mut self, now: f64) -> bool {
        if self.state(now) == IdleState::Expired {
            return false;
        }
        self.last_activity = now;
        if now - self.last_refresh >= REFRESH_EVERY_MS {
            self.last_refresh = now;
            true
        } else {
            false
        }
    }

    pub fn state(&self, now: f64) -> IdleState {
        let idle = now - self.last_activity;
        if idle >= IDLE_LIMIT_MS {
            IdleState::Expired
        } else if idle >= IDLE_LIMIT_MS - WARN_BEFORE_MS {
            IdleState::Warning(((IDLE_LIMIT_MS - idle) / 1000.0).ceil() as u32)
        } else {
            IdleState::Active
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: f64 = 60_000.0;

    #[test]
    fn warns_a_minute_before_and_signs_out_at_thirty_minutes() {
        let c = IdleClock::new(0.0);
        assert_eq!(c.state(28.0 * MIN), IdleState::Active);
        assert_eq!(c.state(29.0 * MIN), IdleState::Warning(60));
        assert_eq!(c.state(29.5 * MIN), IdleState::Warning(30));
        assert_eq!(c.state(30.0 * MIN), IdleState::Expired);
    }

    #[test]
    fn activity_restarts_the_clock_but_not_after_expiry() {
        let mut c = IdleClock::new(0.0);
        c.touch(29.5 * MIN);
        assert_eq!(c.state(40.0 * MIN), IdleState::Active);
        assert_eq!(c.state(59.5 * MIN), IdleState::Expired);
        assert!(!c.touch(60.0 * MIN));
        assert_eq!(c.state(60.0 * MIN), IdleState::Expired);
    }

    #[test]
    fn the_token_is_refreshed_on_activity_once_a_minute_at_most() {
        let mut c = IdleClock::new(0.0);
        assert!(!c.touch(0.5 * MIN));
        assert!(c.touch(1.0 * MIN));
        assert!(!c.touch(1.9 * MIN));
        assert!(c.touch(2.0 * MIN));
    }
}
