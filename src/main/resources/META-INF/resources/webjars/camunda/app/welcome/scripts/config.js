/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Finnish first: Finnish is offered first and is the fallback, English stays available. The
// webapps pick the browser's first language if offered here (Finnish otherwise); there is no
// selector in the webapps. Translations: ../locales/fi.json. Dates: Finnish formats (D.M.YYYY,
// HH.mm); ../../fi/camunda-fi.js starts weeks on Monday in the date pickers and switches
// moment.js (relative times such as "2 tuntia sitten") to Finnish.
export default {
  locales: {
    availableLocales: ['fi', 'en'],
    fallbackLocale: 'fi'
  },
  dateFormat: {
    normal: 'D.M.YYYY HH.mm',
    abbr: 'D.M.YYYY HH.mm',
    short: 'D.M.YYYY',
    long: 'dddd D.M.YYYY [klo] HH.mm'
  },
  requireJsConfig: {
    // app/fi/camunda-fi.js, relative to app/<webapp>/
    deps: ['camunda-fi'],
    ngDeps: ['camunda.fi'],
    paths: {
      'camunda-fi': '../fi/camunda-fi'
    }
  },
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'welcome' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  links: [
    {
      label: 'Avustusprosessien etusivu',
      href: '/',
      description: 'Sivut roolin mukaan: hakemukset, haut, esityslistat'
    },
    {
      label: 'Omat hakemukset',
      href: '/api/applications.html',
      description: 'Hakemusten tila ja kuittaus jätetystä hakemuksesta'
    }
  ],
  // links: [
  //   {
  //     label: 'Angular.js Docs',
  //     href: 'https://code.angularjs.org/1.2.16/docs',
  //     description: 'Almost interesting'
  //   },
  //   {
  //     label: 'XKCD',
  //     href: 'http://xkcd.org',
  //     description: 'Nerdy comic'
  //   },
  //   {
  //     label: 'Slashdot',
  //     href: 'https://slashdot.org',
  //     description: 'News for nerds, stuff that matter'
  //   }
  // ],
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false
};
