// Share (the Web Share API, or the guide's link copied) and Print, on guide and answer pages.
// The buttons stay hidden without JavaScript; the "Link to this guide" link works everywhere.
(function () {
  var tools = document.querySelector(".tools");
  if (!tools) return;
  var link = tools.querySelector(".permalink");
  var share = tools.querySelector(".share");
  var print = tools.querySelector(".print");
  var status = tools.querySelector(".share-status");
  var url = link ? link.href : location.href;
  if (print && window.print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }
  if (!share) return;
  if (navigator.share || (navigator.clipboard && navigator.clipboard.writeText)) share.hidden = false;
  share.addEventListener("click", function () {
    if (navigator.share) {
      navigator.share({ title: share.dataset.title, url: url }).catch(function () {});
      return;
    }
    navigator.clipboard.writeText(url).then(function () {
      if (status) status.textContent = "Link copied.";
    }, function () {
      if (status) status.textContent = "Copy this link: " + url;
    });
  });
})();
