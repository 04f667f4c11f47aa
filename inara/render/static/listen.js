// The Listen control: a speed choice for every track, one track at a time, and a word on progress
// while the first request renders the audio (the audio elements play without this script too).
(function () {
  var box = document.querySelector(".listen");
  if (!box) return;
  var tracks = Array.prototype.slice.call(box.querySelectorAll("audio"));
  var status = box.querySelector(".listen-status");
  var speed = box.querySelector(".listen-speed");
  function say(text) { if (status) status.textContent = text; }
  tracks.forEach(function (track) {
    track.addEventListener("play", function () {
      tracks.forEach(function (other) { if (other !== track) other.pause(); });
      if (speed) track.playbackRate = parseFloat(speed.value) || 1;
    });
    track.addEventListener("loadstart", function () {
      if (track.preload !== "none" || !track.paused) say("Preparing the audio: the first time takes a few seconds.");
    });
    track.addEventListener("waiting", function () { say("Preparing the audio: the first time takes a few seconds."); });
    track.addEventListener("playing", function () { say(""); });
    track.addEventListener("error", function () { say("The audio could not be played here. The transcript below has the same words."); });
  });
  if (speed) speed.addEventListener("change", function () {
    var rate = parseFloat(speed.value) || 1;
    tracks.forEach(function (track) { track.playbackRate = rate; track.defaultPlaybackRate = rate; });
  });
})();
