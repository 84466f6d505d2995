use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::content::Problem;
use crate::Locale;

/// A value handed to a message: strings stay strings; numbers are formatted
/// by Fluent for the reader's language and can select plural forms.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

/// Formats messages in either language.
pub struct Localizer {
    bundles: Vec<(Locale, FluentBundle<FluentResource>)>,
}

impl Localizer {
    /// The strings compiled into the binary. Their validity is checked by
    /// the test suite, so a broken file can never ship.
    pub fn embedded() -> Localizer {
        Localizer::from_files(|locale| super::embedded_files(locale).collect())
            .unwrap_or_else(|errors| panic!("the embedded locales are invalid: {}", errors.join("; ")))
    }

    /// Builds bundles from (file name, contents) pairs per language.
    /// Returns every syntax error and duplicate id found.
    pub fn from_files<'a>(files: impl Fn(Locale) -> Vec<(&'a str, &'a str)>) -> Result<Localizer, Vec<String>> {
        let mut errors = Vec::new();
        let mut bundles = Vec::new();
        for locale in Locale::ALL {
            let langid = locale.tag().parse().expect("locale tags are valid language ids");
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Both languages are left-to-right: isolation marks would only show up as junk.
            bundle.set_use_isolating(false);
            for (name, text) in files(locale) {
                let resource = match FluentResource::try_new(text.to_owned()) {
                    Ok(r) => r,
                    Err((r, errs)) => {
                        errors.extend(errs.iter().map(|e| format!("{}/{name}: {e:?}", locale.tag())));
                        r
                    }
                };
                if let Err(errs) = bundle.add_resource(resource) {
                    errors.extend(errs.iter().map(|e| format!("{}/{name}: {e}", locale.tag())));
                }
            }
            bundles.push((locale, bundle));
        }
        if errors.is_empty() {
            Ok(Localizer { bundles })
        } else {
            Err(errors)
        }
    }

    fn bundle(&self, locale: Locale) -> &FluentBundle<FluentResource> {
        &self.bundles.iter().find(|(l, _)| *l == locale).expect("a bundle per locale").1
    }

    pub fn has(&self, locale: Locale, id: &str) -> bool {
        self.bundle(locale).has_message(id)
    }

    /// Formats a message. A missing message or a formatting error yields
    /// the message id, never a blank: tests make sure that cannot ship.
    pub fn format(&self, locale: Locale, id: &str, args: &[(&str, Arg)]) -> String {
        let bundle = self.bundle(locale);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            tracing::warn!(message = id, %locale, "missing translation");
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(message = id, %locale, ?errors, "formatting error");
        }
        text.into_owned()
    }

    /// `file:line: message` in the reader's language.
    pub fn problem(&self, locale: Locale, problem: &Problem) -> String {
        let message = self.format(locale, &problem.kind.message_id(), &problem.kind.args());
        format!("{}:{}: {message}", problem.file.display(), problem.line)
    }
}
