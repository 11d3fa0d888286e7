// Block editor: the post's precis headline and summary in the "Post" sidebar. Reads the saved
// post meta from the editor store, so the panel refreshes as soon as a save returns (the
// summary is computed on save, server side). Plain script over the editor's globals: no build.
(function (wp) {
    'use strict';
    var h = wp.element.createElement;
    var useSelect = wp.data.useSelect;
    var PluginDocumentSettingPanel = wp.editPost.PluginDocumentSettingPanel;

    function list(json) {
        try {
            var value = JSON.parse(json || '[]');
            return Array.isArray(value) ? value : [];
        } catch (e) {
            return [];
        }
    }

    function language(meta, lang, label) {
        var items = list(meta['_precis_summary_' + lang]);
        return h('div', { key: lang, lang: lang },
            h('h4', { style: { margin: '0.8em 0 0.2em' } }, label),
            h('p', { className: 'precis-headline-' + lang },
                h('strong', null, meta['_precis_headline_' + lang] || '')),
            items.length ? h('ul', { style: { listStyle: 'disc', marginLeft: '1.2em' } },
                items.map(function (item, i) { return h('li', { key: i }, String(item)); })) : null);
    }

    function PrecisPanel() {
        var meta = useSelect(function (select) {
            return select('core/editor').getCurrentPostAttribute('meta') || {};
        }, []);
        var body;
        if (!meta._precis_updated) {
            body = h('p', null, 'Not summarised yet: save the post.');
        } else {
            body = [language(meta, 'fr', 'Français'), language(meta, 'en', 'English')];
            if (meta._precis_error) {
                body.push(h('p', { key: 'error', className: 'precis-error', style: { color: '#b32d2e' } },
                    meta._precis_error));
            }
            body.push(h('p', { key: 'about', className: 'description' },
                [meta._precis_backend, (meta._precis_rules || '').slice(0, 12), meta._precis_updated]
                    .join(' · ')));
        }
        return h(PluginDocumentSettingPanel,
            { name: 'precis-panel', title: 'precis — titre et résumé / headline and summary',
              className: 'precis-panel' },
            body);
    }

    wp.plugins.registerPlugin('precis', { render: PrecisPanel, icon: 'text-page' });
})(window.wp);
