# Messages du serveur sur les comptes, l’administration des utilisateurs et le journal d’audit.
msg-account-email-missing = Saisissez votre adresse e-mail.
msg-account-email-too-long = Utilisez au plus { $max } caractères pour votre adresse e-mail.
msg-account-email-invalid = Saisissez une adresse e-mail valide, par exemple nom@example.org.
msg-account-email-taken = Un compte existe déjà avec cette adresse e-mail. Connectez-vous, ou utilisez une autre adresse.
msg-account-password-missing = Saisissez votre mot de passe.
msg-account-password-too-short = Utilisez au moins { $min } caractères pour votre mot de passe.
msg-account-password-too-long = Utilisez au plus { $max } caractères pour votre mot de passe.
msg-account-passwords-differ = Les deux nouveaux mots de passe ne sont pas identiques.
msg-account-current-password-wrong = Votre mot de passe actuel est incorrect.
msg-account-name-missing = Saisissez votre nom complet.
msg-account-name-too-long = Utilisez au plus { $max } caractères.
msg-account-name-unprintable = Le nom contient des caractères qui ne peuvent pas être imprimés.
msg-account-choose-country = Choisissez votre pays dans la liste.
msg-account-choose-cadre = Choisissez votre profession ou catégorie professionnelle dans la liste.
msg-account-choose-language = Choisissez une langue dans la liste.
msg-account-login-wrong = L’adresse e-mail ou le mot de passe est incorrect.
msg-account-login-paused = Trop de tentatives de connexion ont échoué. Pour protéger le compte, la connexion est suspendue : veuillez réessayer dans { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }.
msg-account-deactivated = Ce compte a été désactivé. Veuillez contacter l’administrateur de votre cours.
msg-account-server-busy = Le serveur est occupé. Veuillez réessayer dans un instant.
msg-account-search-too-long = Recherchez avec au plus 200 caractères.
msg-account-unknown-role = Rôle inconnu.
msg-account-own-role = Vous ne pouvez pas modifier votre propre rôle ; demandez à un autre administrateur.
msg-account-own-deactivation = Vous ne pouvez pas désactiver votre propre compte.

## Le journal d’audit.
msg-audit-filter-too-long = Filtrez avec au plus 200 caractères.
msg-audit-unknown-action = Choisissez un type de modification dans la liste.
msg-audit-first-date = Saisissez la date de début au format AAAA-MM-JJ, par exemple 2026-11-23.
msg-audit-last-date = Saisissez la date de fin au format AAAA-MM-JJ, par exemple 2026-11-23.
msg-audit-platform = la plateforme
msg-account-end-this-session = Pour fermer cette session, déconnectez-vous.
