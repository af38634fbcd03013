/*
 * Finnish Cockpit: what fi.json cannot reach (issue 10).
 *
 * Wire it in app/cockpit/scripts/config.js next to camunda-fi:
 *   requireJsConfig: {
 *     deps: ['camunda-fi', 'camunda-fi-cockpit'],
 *     ngDeps: ['camunda.fi', 'camunda.fi.cockpit'],
 *     paths: { 'camunda-fi': '../fi/camunda-fi', 'camunda-fi-cockpit': 'scripts/camunda-fi-cockpit' }
 *   }
 *
 *  - Cockpit's bootstrap fixes the date format of every table (camDate "normal") to
 *    YYYY-MM-DDTHH:mm:ss, ignoring config.js dateFormat. 'L LT' follows the language's
 *    dateLocales instead: 1.12.2026 19.56 in Finnish.
 *  - Two table texts are English in the templates themselves: the "Actions" column of the
 *    variables table and the incident type "Failed Job" / "Failed External Task".
 */
define(['angular'], function (angular) {
  'use strict';

  var ngModule = angular.module('camunda.fi.cockpit', []);

  ngModule.config(['camDateFormatProvider', function (camDateFormatProvider) {
    camDateFormatProvider.setDateFormat('L LT', 'normal');
  }]);

  var FINNISH_CELLS = {
    'Actions': 'Toiminnot',
    'Failed Job': 'Epäonnistunut taustatyö',
    'Failed External Task': 'Epäonnistunut ulkoinen tehtävä'
  };

  function translateCells(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      var text = node.nodeValue.trim();
      var parent = node.parentNode;
      if (FINNISH_CELLS[text] && parent && (parent.nodeName === 'TD' || parent.nodeName === 'TH')) {
        node.nodeValue = node.nodeValue.replace(text, FINNISH_CELLS[text]);
      }
    }
  }

  ngModule.run(['$translate', function ($translate) {
    var observer = new MutationObserver(function () {
      if ($translate.use() === 'fi') {
        translateCells(document.body);
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }]);

  return ngModule;
});
