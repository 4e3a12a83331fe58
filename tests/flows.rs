//! One route test file per troubleshooting flow (`tests/flows/<problem_id>.rs`), in the spirit of
//! GOV.UK Smart Answers' flow tests: which answers lead to each outcome, and that a help point is
//! only offered behind the answer that records why. `support.rs` holds the shared language;
//! `diagrams.rs` checks that `docs/flows/` is what `make diagrams` writes.
//!
//! When a flow's content changes on purpose, its file here fails: update the routes there.
//! `cargo test --test flows otp_not_received` runs one flow's tests.
#![cfg(not(target_arch = "wasm32"))]

mod flows {
    pub mod support;

    mod bring;
    mod diagrams;
    mod progress;

    mod account_blocked;
    mod account_creation_failed;
    mod bank_ewallet_linking;
    mod basic_test_problem;
    mod blocked_face_app;
    mod browser_captcha_location;
    mod contact_complaint_channel;
    mod data_mismatch_dukcapil;
    mod ektp_lost_damaged;
    mod eligibility_check;
    mod email_change;
    mod face_verification_failed;
    mod fake_registration_link;
    mod forgot_email;
    mod forgot_password;
    mod join_wave_problem;
    mod kemenag_student_record;
    mod kk_number_invalid;
    mod ktp_photo_upload_failed;
    mod laid_off_worker;
    mod nik_already_used;
    mod nik_not_registered_dukcapil;
    mod nik_registered_other_program;
    mod not_selected;
    mod otp_limit_reached;
    mod otp_not_received;
    mod phone_number_change;
    mod phone_number_refused;
    mod pmi_migrant_worker;
    mod registered_as_student;
    mod registration_status;
    mod scam_or_account_misuse;
    mod site_busy_down;
    mod verification_email_not_received;

    /// A new problem file comes with its route tests.
    #[test]
    fn every_flow_has_its_route_test_file() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
        let root = std::fs::read_to_string(dir.join("flows.rs")).expect("tests/flows.rs");
        let missing: Vec<String> = support::problems()
            .iter()
            .map(|(_, p)| p.id.replace('-', "_"))
            .filter(|m| {
                !dir.join("flows").join(format!("{m}.rs")).is_file()
                    || !root.contains(&format!("mod {m};"))
            })
            .collect();
        assert!(
            missing.is_empty(),
            "flows without a route test (add tests/flows/<name>.rs and `mod <name>;` in tests/flows.rs): {missing:?}"
        );
    }
}
