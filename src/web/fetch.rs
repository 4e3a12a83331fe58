//! Fetching text files next to `index.html` (settings, content).

/// Why a file could not be shown.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// No connection, or the server answered with an error.
    Network,
    /// The file does not exist (unknown problem id).
    NotFound,
    /// The file is not what we expect.
    Malformed,
}

/// GET a text file.
pub async fn fetch_text(url: &str) -> Result<String, LoadError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let resp: web_sys::Response = JsFuture::from(super::browser::window().fetch_with_str(url))
        .await
        .ok()
        .and_then(|r| r.dyn_into().ok())
        .ok_or(LoadError::Network)?;
    match resp.status() {
        200 => {
            let text = resp.text().map_err(|_| LoadError::Network)?;
            JsFuture::from(text)
                .await
                .ok()
                .and_then(|t| t.as_string())
                .ok_or(LoadError::Network)
        }
        404 => Err(LoadError::NotFound),
        _ => Err(LoadError::Network),
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// A promise seen as something with `then(ok, err)`.
    type Thenable;
    #[wasm_bindgen(method, js_name = then)]
    fn then_both(this: &Thenable, ok: &js_sys::Function, err: &js_sys::Function);
}

fn then_both(p: &js_sys::Promise, ok: &wasm_bindgen::JsValue, err: &wasm_bindgen::JsValue) {
    use wasm_bindgen::JsCast;
    p.unchecked_ref::<Thenable>()
        .then_both(ok.unchecked_ref(), err.unchecked_ref());
}

type Done = std::rc::Rc<std::cell::RefCell<Option<Box<dyn FnOnce(Result<String, LoadError>)>>>>;

fn finish(done: &Done, result: Result<String, LoadError>) {
    if let Some(f) = done.borrow_mut().take() {
        f(result);
    }
}

/// GET a text file and call `done` with the result, once. The same as [`fetch_text`], in
/// callback style: the start bundle does without an async runtime (about 1.5 KB brotli).
pub fn fetch_text_then(url: &str, done: impl FnOnce(Result<String, LoadError>) + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    let done: Done = std::rc::Rc::new(std::cell::RefCell::new(Some(Box::new(done))));
    let failed =
        |d: Done| Closure::once_into_js(move |_: JsValue| finish(&d, Err(LoadError::Network)));
    let d = done.clone();
    let on_response = Closure::once_into_js(move |resp: JsValue| {
        let resp: web_sys::Response = resp.unchecked_into();
        match (resp.status(), resp.text()) {
            (200, Ok(text)) => {
                let d2 = d.clone();
                let on_text = Closure::once_into_js(move |t: JsValue| {
                    finish(&d2, t.as_string().ok_or(LoadError::Network))
                });
                then_both(&text, &on_text, &failed(d));
            }
            (404, _) => finish(&d, Err(LoadError::NotFound)),
            _ => finish(&d, Err(LoadError::Network)),
        }
    });
    then_both(
        &super::browser::window().fetch_with_str(url),
        &on_response,
        &failed(done),
    );
}
