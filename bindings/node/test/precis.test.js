'use strict';
// Tests of the Node host against the built library (PRECIS_LIBRARY).
// Environment: PRECIS_SAMPLE (an article), PRECIS_RULES (the default pack's source).
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const precis = require('..');

const sample = fs.readFileSync(process.env.PRECIS_SAMPLE || 'data/sample.txt', 'utf8');
const rules = process.env.PRECIS_RULES || 'rules/packs/fr-news';

// A copy of the default pack with one YAML file broken (tests/hosts/broken_pack.cmake).
const broken = process.env.PRECIS_BROKEN_RULES || 'build/release/tests/broken-pack';

function assertHeadlines(doc) {
    assert.equal(doc.status, 'ok');
    assert.ok(doc.headline.fr.trim().length > 0);
    assert.ok(doc.headline.en.trim().length > 0);
}

test('version and ABI', () => {
    assert.match(precis.version(), /^\d+\.\d+\.\d+$/);
    assert.ok(precis.abiVersion() >= 1);
});

test('summarize, sync and async agree', async () => {
    const engine = new precis.Engine();
    try {
        const sync = engine.summarize(sample);
        assertHeadlines(sync);
        const viaAsync = await engine.summarizeAsync(sample, { trace: false });
        assertHeadlines(viaAsync);
        assert.deepEqual(viaAsync.headline, sync.headline);
    } finally {
        engine.close();
    }
});

test('many overlapping async calls each get their own result', async () => {
    const engine = new precis.Engine();
    const paragraphs = sample.split('\n').filter((p) => p.trim());
    const inputs = paragraphs.map((_, i) => paragraphs.slice(0, i + 1).join('\n'));
    const expected = inputs.map((t) => engine.summarize(t).headline);
    const got = await Promise.all(inputs.concat(inputs).map((t) => engine.summarizeAsync(t)));
    engine.close();  // deferred until the calls above are done: none is running now
    assert.deepEqual(got.map((d) => d.headline), expected.concat(expected));
    assert.throws(() => engine.summarize(sample), /closed/);
});

test('invalid UTF-8 throws a PrecisError carrying the document', () => {
    const engine = new precis.Engine();
    try {
        assert.throws(() => engine.summarize(Buffer.from([0x4c, 0x65, 0x20, 0xff, 0x2e])),
            (e) => e instanceof precis.PrecisError && e.code === 'invalid_utf8' &&
                e.document.status === 'error');
    } finally {
        engine.close();
    }
});

test('parse gives sentences', async () => {
    const engine = new precis.Engine();
    try {
        const doc = await engine.parseAsync(sample);
        assert.equal(doc.status, 'ok');
        assert.ok(doc.sentences.length > 0);
    } finally {
        engine.close();
    }
});

test('reload: a good pack is taken, a bad one refused and the old rules kept', async () => {
    const engine = new precis.Engine({ rules });
    try {
        const before = engine.summarize(sample).headline;
        assert.equal((await engine.reloadAsync(rules)).status, 'ok');
        const refused = engine.reload(broken);
        assert.equal(refused.status, 'error');
        assert.equal(refused.error.code, 'rules_invalid');
        assert.deepEqual(engine.summarize(sample).headline, before);
        assert.equal(precis.rulesCheck(broken).status, 'error');
        assert.throws(() => new precis.Engine({ rules: broken }),
            (e) => e.code === 'rules_invalid');
    } finally {
        engine.close();
    }
});
