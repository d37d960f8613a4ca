// Pickers search as the editor types (fragments/admin :: picker): what the search finds is added to
// the picker's list, to be ticked. Without this script the picker's find button does the same by
// sending the form back, so nothing here is needed to edit.
(function () {
  'use strict';

  function add(picker, list, choice, number) {
    var field = picker.getAttribute('data-field');
    var multiple = picker.getAttribute('data-multiple') === 'true';
    var present = Array.prototype.some.call(list.querySelectorAll('input'), function (input) {
      return input.value === choice.value;
    });
    if (present) {
      return;
    }
    var item = document.createElement('li');
    var input = document.createElement('input');
    input.type = multiple ? 'checkbox' : 'radio';
    input.name = field;
    input.value = choice.value;
    input.id = field + '-found-' + number;
    var label = document.createElement('label');
    label.htmlFor = input.id;
    label.textContent = choice.label;
    item.appendChild(input);
    item.appendChild(label);
    list.appendChild(item);
  }

  function search(picker, list, text) {
    var address = picker.getAttribute('data-picker') + '?q=' + encodeURIComponent(text);
    fetch(address, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (choices) {
        choices.forEach(function (choice, number) { add(picker, list, choice, number); });
      })
      .catch(function () { /* the find button still works */ });
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
  });
}());
