// The written test's countdown. The server keeps the time; this only shows it, and hands the sitting in
// when it reaches zero (the server scores an overdue sitting anyway if this never runs).
(function () {
    var timer = null;
    function tick() {
        var shown = document.getElementById('timeLeft');
        if (!shown) {
            return;
        }
        if (!shown.dataset.endsAt) {
            shown.dataset.endsAt = String(Date.now() + Number(shown.dataset.seconds) * 1000);
        }
        var left = Math.max(0, Math.round((Number(shown.dataset.endsAt) - Date.now()) / 1000));
        var minutes = Math.floor(left / 60), seconds = left % 60;
        shown.textContent = minutes + ':' + (seconds < 10 ? '0' : '') + seconds;
        if (left === 0 && !shown.dataset.handedIn) {
            shown.dataset.handedIn = 'true';
            var button = document.getElementById('exam:timeUp');
            if (button) {
                button.click();
            }
        }
    }
    function start() {
        if (timer === null) {
            timer = window.setInterval(tick, 1000);
        }
        tick();
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
