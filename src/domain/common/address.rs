//! Web addresses of sources: what counts as the address of one page a citizen can open.

/// A web address that names one page: https, a host with a dot, a path, and not just a date
/// (`https://poskota.co.id/2024/08/03` cannot be opened as an article).
pub fn is_full_address(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else {
        return false;
    };
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    if !host.contains('.') || host.contains(' ') {
        return false;
    }
    let path = path.trim_end_matches('/');
    if path.is_empty() {
        return false;
    }
    // a path made only of numbers and slashes is a date or an archive, not a page
    !path
        .split('/')
        .all(|seg| seg.bytes().all(|c| c.is_ascii_digit()))
}
