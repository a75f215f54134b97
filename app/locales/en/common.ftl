# The frame of every page: header, navigation, footer, preference switches.
brand = HRH Learning
skip-to-content = Skip to content
nav-main = Main
nav-my-learning = My learning
nav-courses = Courses
nav-authoring = Authoring
nav-users = Users
nav-name-corrections = Name corrections
nav-audit-log = Audit log
nav-moderation = Moderation
nav-account = Account
nav-log-out = Log out
nav-log-in = Log in
nav-register = Register
language-switch = Interface language
footer-tagline = Short courses on human resources for health.
footer-verify = Verify a certificate
light-mode-on = Light mode (no JavaScript)
light-mode-off = Full mode

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

account-light-mode = Light mode
account-light-mode-hint = Pages without any JavaScript or wasm: the least data on a slow or metered connection, and everything still works. Kept with your account, on every device you sign in on.
