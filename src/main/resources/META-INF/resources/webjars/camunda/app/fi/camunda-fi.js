/*
 * Finnish conventions for the Camunda 7 webapps (Tasklist, Cockpit, Admin, Welcome).
 *
 * Loaded by each webapp's scripts/config.js (requireJsConfig: deps + ngDeps 'camunda.fi').
 * The translations themselves are app/<webapp>/locales/fi.json; this module does what a
 * locale file cannot:
 *  - weeks start on Monday in the AngularJS date pickers (due date, follow-up date, …) and
 *    in the Camunda Forms (form-js) date picker, whatever the language;
 *  - when the language is Finnish: Finnish month and day names in those pickers, a 24-hour
 *    clock, moment.js switched to Finnish (the webapps only register the locale), and the
 *    Finnish relative times of moment ("3 päivän päästä", "2 tuntia sitten") kept, because a
 *    JSON locale file cannot express the Finnish cases;
 *  - dates in the Camunda Forms typed and shown as Finns write them (2.12.2026, placeholder
 *    pp.kk.vvvv) when the webapp is in Finnish: form-js takes both its placeholder and the
 *    format it parses typed dates with from the browser's default Intl locale, which follows
 *    the operating system, not the browser's languages — on an English or C system a Finnish
 *    user typing 2.12.2026 got 12 February (m/d/Y). In Finnish the default Intl date format
 *    is Finnish here; an explicit locale (new Intl.DateTimeFormat('en-US')) is left alone;
 *  - the validation messages and the few own words of form-js (Camunda Forms: "Field is
 *    required.", "Select", "Search", …), which are hard-coded English in the webapps, shown in
 *    Finnish; a pattern message names the expected format instead of showing the regex.
 */
define(['angular'], function (angular) {
  'use strict';

  var FI_DATETIME_FORMATS = {
    MONTH: ['tammikuu', 'helmikuu', 'maaliskuu', 'huhtikuu', 'toukokuu', 'kesäkuu',
      'heinäkuu', 'elokuu', 'syyskuu', 'lokakuu', 'marraskuu', 'joulukuu'],
    STANDALONEMONTH: ['tammikuu', 'helmikuu', 'maaliskuu', 'huhtikuu', 'toukokuu', 'kesäkuu',
      'heinäkuu', 'elokuu', 'syyskuu', 'lokakuu', 'marraskuu', 'joulukuu'],
    SHORTMONTH: ['tammi', 'helmi', 'maalis', 'huhti', 'touko', 'kesä',
      'heinä', 'elo', 'syys', 'loka', 'marras', 'joulu'],
    DAY: ['sunnuntai', 'maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai'],
    SHORTDAY: ['su', 'ma', 'ti', 'ke', 'to', 'pe', 'la']
  };

  var FLATPICKR_FI = {
    weekdays: {
      shorthand: ['su', 'ma', 'ti', 'ke', 'to', 'pe', 'la'],
      longhand: FI_DATETIME_FORMATS.DAY
    },
    months: {
      shorthand: FI_DATETIME_FORMATS.SHORTMONTH,
      longhand: FI_DATETIME_FORMATS.MONTH
    },
    ordinal: function () { return '.'; },
    rangeSeparator: ' – ',
    weekAbbreviation: 'vk',
    scrollTitle: 'Vieritä muuttaaksesi',
    toggleTitle: 'Vaihda napsauttamalla',
    time_24hr: true
  };

  // form-js (Camunda Forms) validation messages: English text -> Finnish sentence.
  var FORM_MESSAGES = [
    [/^Field is required\.$/, function () { return 'Kenttä on pakollinen.'; }],
    [/^Field must have minimum value of (.+)\.$/, function (m) { return 'Arvon on oltava vähintään ' + m[1] + '.'; }],
    [/^Field must have maximum value of (.+)\.$/, function (m) { return 'Arvo saa olla enintään ' + m[1] + '.'; }],
    [/^Field must have minimum length of (\d+)\.$/, function (m) { return 'Kirjoita vähintään ' + m[1] + ' merkkiä.'; }],
    [/^Field must have maximum length of (\d+)\.$/, function (m) { return 'Kirjoita enintään ' + m[1] + ' merkkiä.'; }],
    [/^Field must match pattern \^\[0-9\]\{7\}-\[0-9\]\$\.$/, function () { return 'Anna Y-tunnus muodossa 1234567-8.'; }],
    [/^Field must match pattern .*\.$/, function () { return 'Arvo ei ole oikeassa muodossa.'; }],
    [/^Field must be a valid email\.$/, function () { return 'Anna sähköpostiosoite muodossa nimi@esimerkki.fi.'; }],
    [/^Field must be a valid +international phone number\..*$/, function () { return 'Anna puhelinnumero kansainvälisessä muodossa, esimerkiksi +358401234567.'; }]
  ];

  function translateFormMessage(text) {
    for (var i = 0; i < FORM_MESSAGES.length; i++) {
      var m = FORM_MESSAGES[i][0].exec(text);
      if (m) { return FORM_MESSAGES[i][1](m); }
    }
    return null;
  }

  // form-js's own words (not the form's labels, which come from the form definition).
  var FORM_WORDS = {
    'Select': 'Valitse',
    'Search': 'Hae',
    'No results': 'Ei tuloksia',
    'All values selected': 'Kaikki arvot on valittu'
  };

  function translateText(node, translate) {
    var text = node.data.trim();
    if (!text) { return; }
    var fi = translate(text);
    if (fi !== null && fi !== undefined && fi !== text) { node.data = node.data.replace(text, fi); }
  }

  function eachText(el, fn) {
    var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, null);
    var node;
    while ((node = walker.nextNode())) { fn(node); }
  }

  function translateForms(root) {
    Array.prototype.forEach.call(root.querySelectorAll('.fjs-form-field-error'), function (el) {
      eachText(el, function (node) { translateText(node, translateFormMessage); });
    });
    Array.prototype.forEach.call(root.querySelectorAll(
      '.fjs-select-placeholder, .fjs-dropdownlist-empty'), function (el) {
      eachText(el, function (node) { translateText(node, function (t) { return FORM_WORDS[t]; }); });
    });
    Array.prototype.forEach.call(root.querySelectorAll('.fjs-container input[placeholder]'), function (el) {
      var placeholder = el.getAttribute('placeholder');
      var fi = FORM_WORDS[placeholder];
      if (!fi && /^(?=.*d)(?=.*m)(?=.*y)[dmy.\/ -]+$/.test(placeholder)) {
        // the date format form-js derives from the browser's locale: dd.mm.yyyy -> pp.kk.vvvv
        fi = placeholder.replace(/d/g, 'p').replace(/m/g, 'k').replace(/y/g, 'v');
      }
      if (fi) { el.setAttribute('placeholder', fi); }
    });
  }

  // The label a person sees for a form field (its key), from the form on the screen.
  function fieldLabel(key) {
    var field = document.querySelector('[id$="-Field_' + key + '"]');
    var wrapper = field && field.closest('.fjs-form-field');
    var label = wrapper && wrapper.querySelector('label');
    return label ? label.textContent.replace(/\*/g, '').replace(/\s+/g, ' ').trim() : null;
  }

  function sentence(text) {
    text = text.trim();
    text = text.charAt(0).toUpperCase() + text.slice(1);
    return /[.!?]$/.test(text) ? text : text + '.';
  }

  // The message of a refusal as a person reads it. The server answers a person's mistake with
  // one Finnish sentence (engine-rest and the webapps' own engine API alike, see
  // platform.web.WebappEngineRestApplication); that is shown as it is. Older texts are still
  // made human: the engine's exception text around the project's refusal ("Cannot submit task
  // form …: ENGINE-03051 … Virheellinen syöte: <key>: <reason>; …") becomes "<label>:
  // <reason>." with the field's label from the form (or the reason alone when no field of
  // the form has that key); other engine texts become one Finnish sentence, the original
  // stays in the browser console for support.
  function humanMessage(text) {
    var refusal = /Virheellinen syöte: (.*?)'?\s*$/.exec(text);
    if (refusal) {
      return refusal[1].split('; ').map(function (part) {
        var m = /^([A-Za-z][\w.\[\]]*): (.*)$/.exec(part);
        if (!m) { return sentence(part); }
        var label = fieldLabel(m[1]);
        var reason = m[2].trim();
        if (!label || reason.toLowerCase().indexOf(label.toLowerCase()) >= 0) { return sentence(reason); }
        return sentence(label + ': ' + reason);
      }).join(' ');
    }
    if (/^Unauthorized\.?$/.test(text)) { return 'Väärä käyttäjätunnus tai salasana.'; }
    if (/^Forbidden\.?$/.test(text)) { return 'Sinulla ei ole oikeutta tähän sovellukseen.'; }
    if (/ENGINE-\d{5}|Exception|Cannot submit|Cannot instantiate/.test(text)) {
      if (window.console) { window.console.warn('Palvelimen virheilmoitus:', text); }
      return 'Palvelin ei hyväksynyt lomaketta. Tarkista tiedot ja yritä uudelleen; jos virhe '
        + 'toistuu, ota yhteyttä ylläpitoon.';
    }
    return null;
  }

  // Tasklist's (and Cockpit's, Admin's) notifications are "<status> : <message>", the colon
  // in an element of its own; Finnish writes "<status>: <message>". The status gets the
  // colon (instead of a full stop at its end) and the separate one is hidden; the message is
  // made human (humanMessage).
  function tidyNotifications(root) {
    Array.prototype.forEach.call(root.querySelectorAll('.notifications .alert .message'), function (el) {
      var text = el.textContent;
      if (!text || el.getAttribute('data-fi') === text) { return; }
      var fi = humanMessage(text);
      if (fi && fi !== text) { el.textContent = fi; }
      el.setAttribute('data-fi', fi || text);
      // In the start dialog the message appears above the form, out of sight of the person
      // who just pressed the button at its bottom: bring it into view.
      var alert = el.closest('.alert');
      if (alert && alert.closest('.modal')) { alert.scrollIntoView({ block: 'center' }); }
    });
    Array.prototype.forEach.call(root.querySelectorAll('.notifications .alert strong.status'), function (status) {
      var colon = status.nextElementSibling;
      if (!colon || colon.tagName !== 'STRONG' || colon.style.display === 'none'
          || colon.textContent.trim() !== ':') { return; }
      colon.style.display = 'none';
      status.textContent = status.textContent.replace(/[\s.:]+$/, '') + ':';
    });
  }

  // Errors do not pile up over the page (the window's notifications, .page-notifications):
  // of several error messages only the newest stays, and once a later action succeeds (a
  // success message appears, e.g. "Tehtävä on valmis.") the errors before it are closed —
  // the person fixed what they said. Closed as the person would, by their close button.
  function closeStaleErrors(root) {
    Array.prototype.forEach.call(root.querySelectorAll('.page-notifications'), function (panel) {
      var alerts = Array.prototype.slice.call(panel.querySelectorAll('.alert'));
      var stale = [];
      var newerError = false;
      var newerSuccess = false;
      for (var i = alerts.length - 1; i >= 0; i--) {
        var error = /\balert-(danger|error)\b/.test(alerts[i].className);
        if (error && (newerError || newerSuccess)) { stale.push(alerts[i]); }
        if (error) { newerError = true; }
        if (/\balert-success\b/.test(alerts[i].className)) { newerSuccess = true; }
      }
      stale.forEach(function (alert) {
        var close = alert.querySelector('button.close');
        if (close) { close.click(); }
      });
    });
  }

  var formObserver = null;

  function watchForms(on) {
    if (on && !formObserver && window.MutationObserver) {
      formObserver = new MutationObserver(function () {
        translateForms(document.body);
        tidyNotifications(document.body);
        closeStaleErrors(document.body);
      });
      formObserver.observe(document.body, {
        childList: true, characterData: true, subtree: true, attributeFilter: ['placeholder']
      });
      translateForms(document.body);
      tidyNotifications(document.body);
    } else if (!on && formObserver) {
      formObserver.disconnect();
      formObserver = null;
    }
  }

  // form-js (Datepicker) calls new Intl.DateTimeFormat('default') for its placeholder and for
  // the flatpickr dateFormat it parses typed text with; 'default' (or no locale) means the
  // system's locale. While the webapp is Finnish, those calls get Finnish (d.M.yyyy -> the
  // flatpickr format j.n.Y and the placeholder dd.mm.yyyy, shown as pp.kk.vvvv below).
  var finnishDates = false;
  var NativeDateTimeFormat = window.Intl && window.Intl.DateTimeFormat;
  if (NativeDateTimeFormat && window.Proxy && window.Reflect) {
    var finnishDefault = function (args) {
      if (finnishDates && (args[0] === undefined || args[0] === 'default')) {
        args = Array.prototype.slice.call(args);
        args[0] = 'fi-FI';
      }
      return args;
    };
    window.Intl.DateTimeFormat = new Proxy(NativeDateTimeFormat, {
      construct: function (target, args, newTarget) {
        return Reflect.construct(target, finnishDefault(args),
          newTarget === window.Intl.DateTimeFormat ? target : newTarget);
      },
      apply: function (target, self, args) {
        return Reflect.apply(target, self, finnishDefault(args));
      }
    });
  }

  var ngModule = angular.module('camunda.fi', []);

  ngModule.run(['$injector', '$rootScope', '$locale', function ($injector, $rootScope, $locale) {
    // Monday first, in every language: 0 = Monday in AngularJS, 1 = Monday in ui-bootstrap.
    $locale.DATETIME_FORMATS.FIRSTDAYOFWEEK = 0;
    if ($injector.has('uibDatepickerConfig')) {
      $injector.get('uibDatepickerConfig').startingDay = 1;
    }
    if ($injector.has('uibTimepickerConfig')) {
      $injector.get('uibTimepickerConfig').showMeridian = false;
    }
    if (window.flatpickr && window.flatpickr.l10ns) {
      window.flatpickr.l10ns.default.firstDayOfWeek = 1;
    }

    var original = {};
    angular.forEach(FI_DATETIME_FORMATS, function (value, key) {
      original[key] = $locale.DATETIME_FORMATS[key];
    });
    var originalFlatpickr = window.flatpickr && window.flatpickr.l10ns
      ? angular.extend({}, window.flatpickr.l10ns.default) : null;

    var moment = $injector.has('moment') ? $injector.get('moment') : window.moment;
    // moment's own Finnish relative times (functions with the right cases), before the
    // webapp overwrites them from fi.json's dateLocales.
    var fiRelativeTime = moment && moment.localeData('fi') ? moment.localeData('fi')._relativeTime : null;

    function apply(language) {
      var finnish = language === 'fi';
      angular.forEach(FI_DATETIME_FORMATS, function (value, key) {
        $locale.DATETIME_FORMATS[key] = finnish ? value : original[key];
      });
      if (originalFlatpickr) {
        window.flatpickr.l10ns.default = angular.extend({}, originalFlatpickr,
          finnish ? FLATPICKR_FI : {}, { firstDayOfWeek: 1 });
      }
      if (moment) {
        if (finnish && fiRelativeTime) {
          moment.updateLocale('fi', { relativeTime: fiRelativeTime });
        }
        if (moment.locales().indexOf(language) > -1) {
          if ($injector.has('amMoment')) {
            $injector.get('amMoment').changeLocale(language);
          } else {
            moment.locale(language);
          }
        }
      }
      document.documentElement.setAttribute('lang', language);
      finnishDates = finnish;
      watchForms(finnish);
    }

    $rootScope.$on('$translateChangeSuccess', function (event, data) {
      apply(data.language);
    });
    if ($injector.has('$translate')) {
      var current = $injector.get('$translate').use();
      if (current) { apply(current); }
    }
  }]);

  return ngModule;
});
