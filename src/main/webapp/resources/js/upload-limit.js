// A file chosen for an input with data-max-bytes is checked as soon as it is chosen: one that is too large is
// cleared and the reason shown next to the field, so a phone on a slow network never sends it. The server checks again.
(function () {
    function megabytes(bytes) {
        return (Math.ceil(bytes / 104857.6) / 10).toString();
    }

    function messageFor(input) {
        var id = input.id + '-limit';
        var message = document.getElementById(id);
        if (!message) {
            message = document.createElement('span');
            message.id = id;
            message.className = 'field-message';
            message.setAttribute('role', 'alert');
            input.insertAdjacentElement('afterend', message);
            input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + id).trim());
        }
        return message;
    }

    document.addEventListener('change', function (event) {
        var input = event.target;
        if (!input.matches || !input.matches('input[type=file][data-max-bytes]')) {
            return;
        }
        var max = Number(input.getAttribute('data-max-bytes'));
        var tooLarge = Array.prototype.filter.call(input.files || [], function (file) { return file.size > max; })[0];
        var message = messageFor(input);
        if (tooLarge) {
            message.innerHTML = '';
            var text = document.createElement('span');
            text.className = 'message message--error';
            text.textContent = input.getAttribute('data-too-large')
                .replace('{0}', megabytes(tooLarge.size)).replace('{1}', megabytes(max));
            message.appendChild(text);
            input.value = '';
            input.setAttribute('aria-invalid', 'true');
        } else {
            message.innerHTML = '';
            input.removeAttribute('aria-invalid');
        }
    });
})();
