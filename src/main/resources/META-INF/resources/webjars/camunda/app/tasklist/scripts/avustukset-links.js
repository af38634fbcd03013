// Tasklist plugin of the project: a link in the Tasklist header to "Omat hakemukset" (the
// applications with their status and the receipt of a submitted application; its header
// links on to the project's start page).
// Loaded by the line  customScripts: ['scripts/avustukset-links.js']  in scripts/config.js.
export default {
  id: 'avustukset-links',
  pluginPoint: 'tasklist.navbar.action',
  priority: 50,
  render: (node) => {
    const link = document.createElement('a');
    link.href = '/api/applications.html';
    link.textContent = 'Omat hakemukset';
    link.title = 'Hakemukset, niiden käsittelyvaihe ja kuittaus jätetystä hakemuksesta';
    node.appendChild(link);
  }
};
