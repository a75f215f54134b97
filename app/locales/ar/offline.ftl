offline-download = تنزيل هذه الوحدة
offline-download-hint = ملف HTML واحد يضم كل دروس الوحدة، للقراءة دون اتصال.
offline-saved-on = حُفظ في { $date } للقراءة دون اتصال.
offline-contents = دروس هذه الوحدة
offline-minutes = { $count ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
