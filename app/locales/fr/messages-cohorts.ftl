# Messages du serveur sur les cohortes, les inscriptions et les fichiers de participants.

## Paramètres d’une cohorte
msg-cohort-key-length = Utilisez de { $min } à { $max } caractères pour la clé d’inscription, ou laissez-la vide.
msg-cohort-key-control = La clé d’inscription contient des caractères impossibles à saisir au clavier.
msg-cohort-ends-before-start = La date de fin ne doit pas précéder la date de début.
msg-cohort-capacity-invalid = Saisissez le nombre de places sous la forme d’un nombre entier de 1 à { $max }, ou laissez le champ vide pour ne fixer aucune limite.
msg-cohort-at-risk-days-invalid = Saisissez le nombre de jours sous la forme d’un nombre entier de 1 à 365.
msg-cohort-set-size-invalid = Saisissez la taille maximale d’un ensemble sous la forme d’un nombre entier de 2 à 30.
msg-cohort-capacity-below-enrolled = { $enrolled ->
    [one] { $enrolled } participant est déjà inscrit : le nombre de places ne peut pas être inférieur.
   *[other] { $enrolled } participants sont déjà inscrits : le nombre de places ne peut pas être inférieur.
}
msg-cohort-not-a-tutor = Seules les personnes ayant le rôle de tuteur ou d’administrateur peuvent être tuteurs d’une cohorte. Modifiez d’abord leur rôle sur la page des utilisateurs.

## Inscriptions
msg-cohort-no-such-account = Aucun compte n’utilise cette adresse e-mail. Demandez à la personne de créer un compte, ou inscrivez-la avec un fichier de participants, qui crée les comptes.
msg-cohort-enrolment-closed = Les inscriptions à cette cohorte sont closes. Renseignez-vous sur la prochaine cohorte auprès de l’administrateur de votre cours.
msg-cohort-ended = Cette cohorte est terminée.
msg-cohort-wrong-key-summary = Cette clé d’inscription n’est pas la bonne. Demandez la clé à l’administrateur de votre cours.
msg-cohort-wrong-key = Cette clé d’inscription n’est pas la bonne.
msg-cohort-full = { $capacity ->
    [one] La cohorte est complète : sa seule place est occupée. Augmentez d’abord le nombre de places, ou retirez quelqu’un.
   *[other] La cohorte est complète : ses { $capacity } places sont toutes occupées. Augmentez d’abord le nombre de places, ou retirez quelqu’un.
}

## Fichiers de participants ; les noms de colonnes (full name, email…) sont ceux que le fichier doit utiliser, en anglais.
msg-roster-file-too-large = Le fichier dépasse { $kilobytes } Ko ; scindez-le en plusieurs fichiers.
msg-roster-file-empty = Le fichier est vide. Exportez le tableur au format CSV, avec une ligne d’en-tête.
# $error est l’explication du lecteur CSV, en anglais.
msg-roster-header-unreadable = La ligne d’en-tête ne peut pas être lue : { $error }
msg-roster-not-csv = Le fichier ne peut pas être lu comme un fichier CSV : { $error }
# $missing énumère les noms des colonnes manquantes, par exemple « email, country ».
msg-roster-missing-columns = La ligne d’en-tête n’a pas de colonne pour : { $missing }. Les colonnes sont : full name, email, country, profession or cadre, language et, éventuellement, set.
msg-roster-too-many-rows = Le fichier compte plus de { $max } participants ; scindez-le en plusieurs fichiers.
msg-roster-not-enough-places = { $wanted ->
    [one] Ce fichier inscrirait { $wanted } participant de plus
   *[other] Ce fichier inscrirait { $wanted } participants de plus
}, mais { $left ->
    [0] il ne reste aucune place sur { $capacity }
    [one] il ne reste que { $left } place sur { $capacity }
   *[other] il ne reste que { $left } places sur { $capacity }
}. Augmentez le nombre de places de la cohorte ou retirez des lignes.
# Pourquoi une ligne du fichier est ignorée. $value est la cellule telle qu’elle figure dans le fichier.
msg-roster-invalid-full-name = Nom complet : { $reason }
msg-roster-invalid-email = E-mail : { $reason }
msg-roster-unknown-country = Pays inconnu « { $value } » : utilisez un code à deux lettres, par exemple SN.
# $cadres énumère les valeurs que le fichier peut utiliser, en anglais.
msg-roster-unknown-cadre = Profession ou catégorie professionnelle inconnue « { $value } ». Valeurs acceptées : { $cadres }.
msg-roster-unknown-language = Langue inconnue « { $value } » : utilisez en, fr ou ar.
msg-roster-set-name-too-long = Nom de l’ensemble : utilisez au maximum 80 caractères.
msg-roster-duplicate-email = Même adresse e-mail qu’à la ligne { $row }.
msg-roster-account-deactivated = Ce compte est désactivé.

## Liens de définition du mot de passe
msg-roster-link-gone = Ce lien ne fonctionne plus : il a déjà servi, il a expiré ou un lien plus récent l’a remplacé. Demandez un nouveau lien à l’administrateur de votre cours.
msg-cohort-withdrawn = Les administrateurs de cette cohorte vous en ont retiré : vous ne pouvez donc pas vous y réinscrire vous-même. Demandez à l’administrateur de votre cours si vous devez être réintégré.
msg-cohort-key-paused = Trop de clés d’inscription erronées. Veuillez réessayer dans { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }, ou demandez la clé à l’administrateur de votre cours.
