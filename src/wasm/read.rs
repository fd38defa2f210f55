//! Fields of a plain JS object (a row coming back from the page), read one
//! by one: no serde `Deserialize` in the module.

use wasm_bindgen::prelude::*;

use super::get;
use crate::model::Qualifier;

pub(crate) fn opt_string(object: &JsValue, key: &str) -> Option<String> {
    get(object, key).as_string()
}

pub(crate) fn string(object: &JsValue, key: &str) -> String {
    opt_string(object, key).unwrap_or_default()
}

pub(crate) fn number(object: &JsValue, key: &str) -> Option<f64> {
    get(object, key).as_f64()
}

pub(crate) fn flag(object: &JsValue, key: &str) -> bool {
    get(object, key).as_bool().unwrap_or(false)
}

pub(crate) fn qualifier(object: &JsValue, key: &str) -> Option<Qualifier> {
    match opt_string(object, key)?.as_str() {
        "approx" => Some(Qualifier::Approx),
        "atLeast" => Some(Qualifier::AtLeast),
        "atMost" => Some(Qualifier::AtMost),
        _ => None,
    }
}
