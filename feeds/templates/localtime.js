// Show each timed event also in the reader's own time zone; the page reads fine without this.
document.querySelectorAll(".reader-time[data-start]").forEach(function (element) {
  var start = new Date(element.dataset.start);
  if (isNaN(start)) return;
  var options = { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZoneName: "short" };
  element.textContent = "(your time: " + start.toLocaleString(undefined, options) + ")";
});
