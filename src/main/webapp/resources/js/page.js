// Small things every page does. A Copy button copies its field. At phone width the main menu folds behind its Menu button (CSS shows the button only
// there). Date pickers' calendar buttons get a name screen readers can read out. Each cell of a plain table
// (.checklist) is labelled with its column's heading, so that at phone width (CSS) a row stacks as a small card of
// "heading: value" lines instead of squeezing every column into a sliver.
(function () {
    // A Copy button names the field it copies (data-copy-from): the new API key, shown once.
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-copy-from]') : null;
        if (!button) {
            return;
        }
        var field = document.getElementById(button.getAttribute('data-copy-from'));
        var done = function () {
            button.textContent = 'Copied';
        };
        var bySelection = function () {
            field.select();
            document.execCommand('copy');
            done();
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(field.value).then(done, bySelection);
        } else {
            bySelection();
        }
    });

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

    function labelTableCells() {
        document.querySelectorAll('table.checklist').forEach(function (table) {
            table.classList.add('checklist--labelled');
            var rows = table.querySelectorAll('tbody tr:not([data-labelled])');
            if (!rows.length) {
                return;
            }
            var headings = [];
            table.querySelectorAll('thead th').forEach(function (th) {
                for (var span = th.colSpan || 1; span > 0; span--) {
                    headings.push(th.textContent.trim());
                }
            });
            rows.forEach(function (row) {
                var column = 0;
                Array.prototype.forEach.call(row.cells, function (cell) {
                    if (cell.colSpan === 1 && headings[column]) {
                        cell.setAttribute('data-label', headings[column]);
                    }
                    if (!cell.textContent.trim() && !cell.querySelector('a, button, input, select, textarea, img')) {
                        cell.classList.add('checklist__blank');
                    }
                    column += cell.colSpan || 1;
                });
                row.setAttribute('data-labelled', '');
            });
        });
    }

    function tidy() {
        nameCalendarButtons();
        labelTableCells();
    }

    tidy();
    new MutationObserver(tidy).observe(document.body, {childList: true, subtree: true});
})();
