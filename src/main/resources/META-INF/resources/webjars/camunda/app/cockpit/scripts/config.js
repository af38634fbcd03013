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
    // app/fi/camunda-fi.js and app/cockpit/scripts/camunda-fi-cockpit.js, relative to app/cockpit/
    deps: ['camunda-fi', 'camunda-fi-cockpit'],
    ngDeps: ['camunda.fi', 'camunda.fi.cockpit'],
    paths: {
      'camunda-fi': '../fi/camunda-fi',
      'camunda-fi-cockpit': 'scripts/camunda-fi-cockpit'
    }
  },
  // // change the app name and vendor
  // app: {
  //   name: 'Operations',
  //   vendor: 'Company'
  // },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'cockpit' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // historicActivityInstanceMetrics: {
  //   adjustablePeriod: true,
  //   //select from the default time period: day, week, month, complete
  //   period: {
  //     unit: 'week'
  //   }
  // },
  // runtimeActivityInstanceMetrics: {
  //   display: true
  // },
  // skipCustomListeners: {
  //   default: true,
  //   hidden: false
  // },
  // skipIoMappings: {
  //   default: true,
  //   hidden: false
  // },
  // cascade: {
  //   default: false
  // },
  // 'batchOperation' : {
  //   // select mode of query for process instances or decision instances
  //   // possible values: filter, search
  //   'mode': 'filter',
  //
  //   // select if Historic Batches should be loaded automatically when navigating to #/batch
  //   'autoLoadEnded': true
  // },
  // bpmnJs: {
  //   moddleExtensions: {
  //     // if you have a folder called 'my-custom-moddle' (in the 'cockpit' folder)
  //     // with a file called 'camunda.json' in it defining the 'camunda' moddle extension
  //     camunda: 'my-custom-moddle/camunda'
  //   },
  //   additionalModules: [
  //     // if you have a folder called 'my-custom-module' (in the 'cockpit' folder)
  //     // with a file called 'module.js' in it
  //     'my-custom-module/module'
  //   ],
  // },
  // defaultFilter: {
  //   historicProcessDefinitionInstancesSearch: {
  //     lastDays: 5,
  //     event: 'started'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // userOperationLogAnnotationLength: 5000,
  // previewHtml: true
};
