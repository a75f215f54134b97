offline-download = Télécharger ce module
offline-download-hint = Un seul fichier HTML avec toutes les leçons du module, à lire sans connexion.
offline-saved-on = Enregistré le { $date } pour une lecture hors ligne.
offline-contents = Leçons de ce module
offline-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
