// Parallax export: selecting a sentence highlights its partners in the other
// columns. Reads only ids and data- attributes written by the exporter; never
// builds markup from page text. Everything works without it, only less linked.
(function () {
  'use strict';
  var selected = null;
  var hovered = null;

  function partnersOf(sentence) {
    var ids = (sentence.getAttribute('data-partners') || '').split(' ');
    var partners = [];
    for (var i = 0; i < ids.length; ++i) {
      var partner = ids[i] ? document.getElementById(ids[i]) : null;
      if (partner) partners.push(partner);
    }
    return partners;
  }

  function mark(sentence, ownClass, partnerClass, on) {
    sentence.classList.toggle(ownClass, on);
    partnersOf(sentence).forEach(function (partner) {
      partner.classList.toggle(partnerClass, on);
    });
  }

  function sentenceAt(node) {
    return node && node.closest ? node.closest('.s') : null;
  }

  function select(sentence) {
    if (selected) mark(selected, 'sel', 'partner', false);
    selected = sentence === selected ? null : sentence;
    if (selected) mark(selected, 'sel', 'partner', true);
    document.body.setAttribute('data-selected', selected ? selected.id : '');
  }

  function hover(sentence) {
    if (sentence === hovered) return;
    if (hovered) mark(hovered, 'hover', 'hover-partner', false);
    hovered = sentence;
    if (hovered) mark(hovered, 'hover', 'hover-partner', true);
  }

  document.addEventListener('click', function (event) {
    var sentence = sentenceAt(event.target);
    if (sentence) select(sentence);
  });
  document.addEventListener('keydown', function (event) {
    var sentence = sentenceAt(document.activeElement);
    if (sentence && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      select(sentence);
    }
  });
  document.addEventListener('mouseover', function (event) {
    hover(sentenceAt(event.target));
  });

  // A link such as export.html#s-0-3 opens with that sentence selected.
  function selectFromFragment() {
    var target = location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : null;
    if (target && target.classList.contains('s') && target !== selected) select(target);
  }
  window.addEventListener('hashchange', selectFromFragment);
  document.querySelectorAll('.s').forEach(function (sentence) {
    sentence.tabIndex = 0;
  });
  selectFromFragment();
  document.body.setAttribute('data-script', 'ready');
})();
