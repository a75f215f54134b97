# Le cadre de chaque page : en-tête, navigation, pied de page, préférences.
brand = HRH Learning
skip-to-content = Aller au contenu
nav-main = Principal
nav-my-learning = Mon apprentissage
nav-courses = Cours
nav-authoring = Conception
nav-users = Utilisateurs
nav-name-corrections = Corrections de nom
nav-audit-log = Journal d’audit
nav-moderation = Modération
nav-account = Compte
nav-log-out = Se déconnecter
nav-log-in = Se connecter
nav-register = S’inscrire
language-switch = Langue de l’interface
footer-tagline = Formations courtes sur les ressources humaines pour la santé.
footer-verify = Vérifier un certificat
light-mode-on = Mode léger (sans JavaScript)
light-mode-off = Mode complet

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

account-light-mode = Mode léger
account-light-mode-hint = Des pages sans JavaScript ni wasm : le moins de données possible sur une connexion lente ou facturée au volume, et tout fonctionne. Enregistré avec votre compte, sur chaque appareil où vous vous connectez.
