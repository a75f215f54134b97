# Messages du serveur sur les certificats : refus, vérification, conditions d’obtention.

## Vérification publique
msg-certificate-too-many-lookups = Trop de vérifications de certificats depuis votre connexion. Veuillez patienter une minute, puis réessayer.
msg-certificate-no-such-code = Aucun certificat ne porte le code { $code }. Vérifiez le code inscrit sur le certificat : il compte douze lettres et chiffres.
msg-certificate-code-empty = Saisissez le code de vérification imprimé sur le certificat.
# $length est le nombre de caractères d’un code (12).
msg-certificate-code-malformed = Un code de vérification compte { $length } lettres et chiffres, par exemple 7KQM-9XDA-3HTW (il ne contient jamais 0, 1, I, L ni O).

## Délivrance, révocation, corrections de nom
msg-certificate-withdrawn = Ce participant s’est retiré ; réintégrez-le d’abord.
msg-certificate-already-issued = { $name } a déjà un certificat pour cette cohorte.
msg-certificate-already-revoked = Le certificat { $code } est déjà révoqué.
msg-certificate-holder-only = Seul le titulaire du certificat peut demander la correction de son nom.
msg-certificate-same-name = C’est déjà le nom qui figure sur le certificat.
msg-certificate-correction-waiting = Une correction de ce certificat attend déjà la décision d’un administrateur.
msg-certificate-choose-decision = Choisissez d’approuver ou de refuser.
msg-certificate-correction-decided = Une décision a déjà été prise sur cette correction.

## Les conditions d’obtention du certificat d’un cours et où en est le participant pour chacune
msg-certificate-rounds-invalid = Saisissez un nombre entier de cycles, de 0 (sans participation à un ensemble) à { $max }.
msg-certificate-rule-lessons = Terminer toutes les leçons
msg-certificate-lessons-completed = { $done ->
    [one] { $done } leçon terminée sur { $total }
   *[other] { $done } leçons terminées sur { $total }
}
msg-certificate-rule-quizzes = Réussir tous les quiz
msg-certificate-no-quizzes = Ce cours ne comporte aucun quiz
msg-certificate-quizzes-passed = { $done ->
    [one] { $done } quiz réussi sur { $total }
   *[other] { $done } quiz réussis sur { $total }
}
msg-certificate-rule-challenge = Présenter un défi à votre ensemble
msg-certificate-challenges-presented = { $count ->
    [0] Pas encore présenté
    [one] Présenté une fois
   *[other] Présenté { $count } fois
}
msg-certificate-rule-rounds = { $count ->
    [one] Publier dans au moins { $count } cycle de votre ensemble
   *[other] Publier dans au moins { $count } cycles de votre ensemble
}
msg-certificate-rounds-posted = { $count ->
    [0] Aucun message publié dans un cycle
    [one] Messages publiés dans { $count } cycle
   *[other] Messages publiés dans { $count } cycles
}
msg-certificate-rule-approval = Approbation par votre tuteur
msg-certificate-approved = Obtenue
msg-certificate-not-approved = Pas encore obtenue
msg-certificate-pdf-script = Le PDF ne sait pas encore dessiner l'écriture du nom ou du cours de ce certificat. Imprimez plutôt la page du certificat (elle tient sur une page A4) ; le lien de vérification et l'attestation signée montrent le nom tel qu'il est écrit.
