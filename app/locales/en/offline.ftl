offline-download = Download this module
offline-download-hint = One HTML file with every lesson of the module, to read without a connection.
offline-saved-on = Saved on { $date } for reading offline.
offline-contents = Lessons in this module
offline-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
