import BulletinCore

/// The script `bulletin serve` adds to every HTML page it sends (never to the files on disk):
/// it listens for rebuilds and reloads the page, or shows the build's errors over it.
/// Errors are put in with textContent, so whatever a message holds is shown as text.
/// The overlay's words are in `language`.
enum ReloadScript {
    static func html(eventsURL: String, language: Language) -> String {
        """
        <script data-bulletin-serve>(function () {
          var box = null;
          function hide() { if (box) { box.remove(); box = null; } }
          function show(errors) {
            hide();
            box = document.createElement("div");
            box.setAttribute("role", "alert");
            box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.97);" +
              "color:#fff;font:15px/1.5 system-ui,sans-serif;padding:1.5rem";
            var title = document.createElement("h2");
            var many = \(titleForMany(language)).split(\(Escape.json(countMark))).join(errors.length);
            title.textContent = errors.length === 1 ? \(titleForOne(language)) : many;
            title.style.cssText = "margin:0 0 1rem;font-size:1.2rem;color:#ffb4a9";
            box.appendChild(title);
            errors.forEach(function (e) {
              var line = document.createElement("pre");
              line.textContent = e.text;
              line.style.cssText = "white-space:pre-wrap;margin:0 0 .75rem;font:14px/1.45 ui-monospace,monospace";
              box.appendChild(line);
            });
            var close = document.createElement("button");
            close.textContent = \(Escape.json(Message(.overlayHide).text(in: language)));
            close.onclick = hide;
            box.appendChild(close);
            document.body.appendChild(box);
          }
          var source = new EventSource(\(Escape.json(eventsURL)));
          source.addEventListener("reload", function () { location.reload(); });
          source.addEventListener("errors", function (event) { show(JSON.parse(event.data)); });
        })();</script>

        """
    }

    /// The overlay's heading for one error, as a JavaScript string.
    private static func titleForOne(_ language: Language) -> String {
        Escape.json(Message(.overlayTitle, ["count": 1]).text(in: language))
    }

    /// The heading for several errors, with "%n" where the script puts their number.
    private static func titleForMany(_ language: Language) -> String {
        Escape.json(Message(.overlayTitle, ["count": .text(countMark)]).text(in: language))
    }

    static let countMark = "%n"
}
