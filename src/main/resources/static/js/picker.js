// Pickers search as the editor types (fragments/admin :: picker): what the search finds is added to
// the picker's list, to be ticked. Their "add a new one" part (fragments/admin :: newPick) sends its few
// fields alone to /admin/pickers/<kind> and ticks the record it is answered with, or shows what was
// refused beside the fields. Labels that name what a picker chose follow the choice (data-names), and a
// part asked only once its pickers have a choice appears then (data-shown-when-chosen). Without this
// script the picker's find and Add buttons do the same by sending the form back, so nothing here is
// needed to edit.
(function () {
  'use strict';

  function add(picker, list, choice, id) {
    var field = picker.getAttribute('data-field');
    var multiple = picker.getAttribute('data-multiple') === 'true';
    var present = Array.prototype.filter.call(list.querySelectorAll('input'), function (input) {
      return input.value === choice.value;
    });
    if (present.length > 0) {
      return present[0];
    }
    var item = document.createElement('li');
    var input = document.createElement('input');
    input.type = multiple ? 'checkbox' : 'radio';
    input.name = field;
    input.value = choice.value;
    input.id = id;
    var label = document.createElement('label');
    label.htmlFor = input.id;
    label.textContent = choice.label;
    item.appendChild(input);
    item.appendChild(label);
    list.appendChild(item);
    return input;
  }

  function search(picker, list, text) {
    var address = picker.getAttribute('data-picker') + '?q=' + encodeURIComponent(text);
    fetch(address, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (choices) {
        choices.forEach(function (choice, number) {
          add(picker, list, choice, picker.getAttribute('data-field') + '-found-' + number);
        });
      })
      .catch(function () { /* the find button still works */ });
  }

  // What the last answer said, taken away before the next is shown.
  function clear(part) {
    part.querySelectorAll('[data-said]').forEach(function (said) { said.remove(); });
    part.querySelectorAll('[data-new]').forEach(function (field) {
      field.closest('.field').classList.remove('invalid');
      field.removeAttribute('aria-invalid');
      field.removeAttribute('aria-describedby');
    });
  }

  // A message put in parent before the element given (at its end for none).
  function say(parent, before, className, role, text) {
    var said = document.createElement('p');
    said.className = className;
    said.setAttribute('role', role);
    said.setAttribute('data-said', '');
    said.textContent = text;
    parent.insertBefore(said, before);
    return said;
  }

  function refused(part, errors) {
    var actions = part.querySelector('.actions');
    var first = null;
    say(part, part.querySelector('input[type=hidden]'), 'problem', 'alert', part.getAttribute('data-refused'));
    Object.keys(errors).forEach(function (name) {
      var field = part.querySelector('[data-new="' + name + '"]');
      if (!field) {
        say(part, actions, 'problem', 'alert', errors[name]);
        return;
      }
      var error = say(field.parentNode, null, 'error', 'alert', errors[name]);
      error.id = field.id + '-error';
      field.closest('.field').classList.add('invalid');
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', error.id);
      first = first || field;
    });
    if (first) {
      first.focus();
    }
  }

  function added(picker, list, part, answer) {
    var input = add(picker, list, answer, picker.getAttribute('data-field') + '-added-' + answer.value);
    input.checked = true;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    part.querySelectorAll('[data-new]').forEach(function (field) { field.value = ''; });
    part.open = false;
    say(part.parentNode, part, 'notice', 'status', answer.notice);
    input.focus();
  }

  function addNew(picker, list, part, button) {
    var form = picker.closest('form');
    var body = new URLSearchParams();
    var token = form.querySelector('input[name=_csrf]');
    if (token) {
      body.append('_csrf', token.value);
    }
    part.querySelectorAll('[data-new]').forEach(function (field) {
      body.append(field.getAttribute('data-new'), field.value);
    });
    fetch(part.getAttribute('data-add'), {
      method: 'POST', body: body, credentials: 'same-origin', headers: { Accept: 'application/json' }
    })
      .then(function (response) {
        if (response.status !== 200 && response.status !== 422) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (answer) {
        clear(picker);
        if (answer.value) {
          added(picker, list, part, answer);
        }
        else {
          refused(part, answer.errors);
        }
      })
      .catch(function () {
        // The form's own Add does the same, sending the whole form.
        form.requestSubmit(button);
      });
  }

  function chosenName(form, field) {
    var chosen = form.querySelector('input[name="' + field + '"]:checked');
    var label = (chosen && chosen.value) ? form.querySelector('label[for="' + chosen.id + '"]') : null;
    return label ? label.textContent.trim() : null;
  }

  function name(form) {
    form.querySelectorAll('[data-names]').forEach(function (part) {
      var chosen = chosenName(form, part.getAttribute('data-names'));
      var label = part.querySelector('label');
      if (chosen && label) {
        label.textContent = part.getAttribute('data-label').replace('{0}', chosen);
      }
    });
    form.querySelectorAll('[data-shown-when-chosen]').forEach(function (part) {
      var all = part.getAttribute('data-shown-when-chosen').split(' ').every(function (field) {
        return chosenName(form, field) !== null;
      });
      part.hidden = !all;
      var until = form.querySelector('[data-until-chosen="' + part.id + '"]');
      if (until) {
        until.hidden = all;
      }
    });
  }

  document.querySelectorAll('fieldset[data-picker]').forEach(function (picker) {
    var list = picker.querySelector('ul.picks');
    var text = picker.querySelector('input[type=search]');
    var button = picker.querySelector('button[name=find]');
    var pending;
    text.addEventListener('input', function () {
      clearTimeout(pending);
      pending = setTimeout(function () { search(picker, list, text.value); }, 250);
    });
    function now(event) {
      event.preventDefault();
      clearTimeout(pending);
      search(picker, list, text.value);
    }
    text.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        now(event);
      }
    });
    button.addEventListener('click', now);
    var part = picker.querySelector('details[data-add]');
    if (part) {
      var adding = part.querySelector('button[name=add]');
      adding.addEventListener('click', function (event) {
        event.preventDefault();
        addNew(picker, list, part, adding);
      });
      part.querySelectorAll('input[data-new]').forEach(function (field) {
        field.addEventListener('keydown', function (event) {
          if (event.key === 'Enter') {
            event.preventDefault();
            addNew(picker, list, part, adding);
          }
        });
      });
    }
  });

  document.querySelectorAll('form').forEach(function (form) {
    if (form.querySelector('[data-names], [data-shown-when-chosen]')) {
      form.addEventListener('change', function () { name(form); });
      name(form);
    }
  });
}());
