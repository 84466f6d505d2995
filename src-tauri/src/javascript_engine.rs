//! WebKit's JavaScript engine runs the UI without its JIT compilers.
//!
//! The UI is lessons, quizzes and tables of a class: its scripts spend their
//! time in the DOM, not in hot loops, so JavaScriptCore's interpreter serves
//! it as well as its compilers do. Without them the web process holds about
//! 20 MB less with a lesson open (no compiled code, none of the compilers'
//! working memory; README, "How fast": the PSS row), and it never makes
//! memory both writable and executable, which takes away the part of the
//! engine that browser exploits attack most (Safari's Lockdown Mode and
//! Edge's enhanced security mode switch it off for the same reason). The app
//! loads no remote page, but a smaller attack surface costs nothing here.
//!
//! WebKit passes the app's environment to its web process, where
//! JavaScriptCore reads its options from `JSC_<option>` variables.

/// The option that turns every JIT tier off; an adult can still set it to
/// `true` to compare.
const JIT_OPTION: &str = "JSC_useJIT";

/// Sets the engine's options for the web process WebKit starts later. Call it
/// first thing in `main`, before any other thread exists: changing the
/// environment while another thread reads it is undefined behaviour.
pub fn configure_before_any_thread() {
    if std::env::var_os(JIT_OPTION).is_none() {
        std::env::set_var(JIT_OPTION, "false");
    }
}
