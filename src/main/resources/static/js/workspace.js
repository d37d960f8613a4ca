// A round's workspace: a button under the rows of each short form adds a blank row, a copy
// of the last one numbered one higher with nothing filled in; a handover's counts are
// labelled by the parties of the agreement chosen in its row. Without this script the forms
// keep the rows and labels the page was served with, and work the same.
(function () {
  'use strict';

  // A select with data-relabels names the fields of its row whose labels follow its choice:
  // the chosen option's data-received-a and -b, or the select's own before any choice.
  function relabel(select) {
    var row = select.closest('fieldset.row');
    var chosen = select.selectedOptions[0];
    var source = (chosen && chosen.value) ? chosen : select;
    select.getAttribute('data-relabels').split(' ').forEach(function (field, index) {
      var label = row && row.querySelector('label[for$=".' + field + '"]');
      var text = source.getAttribute(index === 0 ? 'data-received-a' : 'data-received-b');
      if (label && text) {
        label.textContent = text;
      }
    });
  }

  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('select[data-relabels]')) {
      relabel(event.target);
    }
  });

  function renumber(row, index) {
    row.querySelectorAll('[name]').forEach(function (field) {
      field.name = field.name.replace(/\[\d+\](\.[^\[\]]*)$/, '[' + index + ']$1');
    });
    ['id', 'for', 'aria-describedby'].forEach(function (attribute) {
      row.querySelectorAll('[' + attribute + ']').forEach(function (element) {
        element.setAttribute(attribute, element.getAttribute(attribute).replace(/\d+(\.[^.]*)$/, index + '$1'));
      });
    });
    var legend = row.querySelector('legend');
    if (legend) {
      legend.textContent = legend.textContent.replace(/\d+$/, String(index + 1));
    }
  }

  function blank(row) {
    row.querySelectorAll('.error').forEach(function (error) { error.remove(); });
    row.querySelectorAll('.invalid').forEach(function (field) { field.classList.remove('invalid'); });
    row.querySelectorAll('[aria-invalid]').forEach(function (field) {
      field.removeAttribute('aria-invalid');
      field.removeAttribute('aria-describedby');
    });
    row.querySelectorAll('input').forEach(function (input) { input.value = ''; });
    row.querySelectorAll('select').forEach(function (select) {
      Array.prototype.forEach.call(select.options, function (option) { option.selected = option.defaultSelected; });
    });
  }

  document.querySelectorAll('form.short-form[data-add-row]').forEach(function (form) {
    var containers = [form].concat(Array.prototype.slice.call(form.querySelectorAll('fieldset.side')));
    containers.forEach(function (container) {
      var rows = container.querySelectorAll(':scope > fieldset.row');
      if (rows.length === 0) {
        return;
      }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'add-row';
      button.textContent = form.getAttribute('data-add-row');
      button.addEventListener('click', function () {
        var all = container.querySelectorAll(':scope > fieldset.row');
        var copy = all[all.length - 1].cloneNode(true);
        blank(copy);
        renumber(copy, all.length);
        copy.querySelectorAll('select[data-relabels]').forEach(relabel);
        all[all.length - 1].after(copy);
        var first = copy.querySelector('input, select');
        if (first) {
          first.focus();
        }
      });
      rows[rows.length - 1].after(button);
    });
  });
}());
