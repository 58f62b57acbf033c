// Small things every page does. At phone width the main menu folds behind its Menu button (CSS shows the button only
// there). Date pickers' calendar buttons get a name screen readers can read out.
(function () {
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('.menu-button') : null;
        if (!button) {
            return;
        }
        var open = button.getAttribute('aria-expanded') !== 'true';
        button.setAttribute('aria-expanded', String(open));
        document.getElementById(button.getAttribute('aria-controls')).classList.toggle('main-menu--open', open);
    });

    function nameCalendarButtons() {
        document.querySelectorAll('.ui-datepicker-trigger:not([aria-label])').forEach(function (button) {
            button.setAttribute('aria-label', 'Choose a date from a calendar');
            button.setAttribute('title', 'Choose a date from a calendar');
        });
    }

    nameCalendarButtons();
    new MutationObserver(nameCalendarButtons).observe(document.body, {childList: true, subtree: true});
})();
