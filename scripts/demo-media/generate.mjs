#!/usr/bin/env node
// Generates the demo video modules in server/demo-media/: per video an MP4 (854x480, H.264 + AAC,
// faststart, 40 s, < 1 MB), Dutch WebVTT captions and a 640x360 JPEG thumbnail, plus one WebM
// variant and manifest.json for the demo seed. For maintainers only: the app never runs ffmpeg.
//
//   node scripts/demo-media/generate.mjs            all videos
//   node scripts/demo-media/generate.mjs timmerman  only these slugs (manifest is still complete)
//
// Needs ffmpeg (with libx264, libvpx, libopus) and the DejaVu fonts (Debian: fonts-dejavu-core).
// Output is deterministic for a given ffmpeg build: fixed seeds, bitexact flags, fixed threads.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFont, wrap } from './font-metrics.mjs';
import { SECTOR_STYLE, VIDEOS } from './videos.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, 'server', 'demo-media');
const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const FONT = `${FONT_DIR}/DejaVuSans.ttf`;
const FONT_BOLD = `${FONT_DIR}/DejaVuSans-Bold.ttf`;
for (const file of [FONT, FONT_BOLD]) {
  if (!existsSync(file)) throw new Error(`${file} missing: apt-get install -y fonts-dejavu-core`);
}
const regular = loadFont(FONT);
const bold = loadFont(FONT_BOLD);

const W = 854;
const H = 480;
const FPS = 25;
const DURATION = 40;
const INTRO = 4.5;
const OUTRO = 4.5;
const REVEAL_WEIGHT = 1.3; // a "raad eens" scene gets more time: question first, then the answer
const TEXT_X = 64;
const TEXT_W = 580; // headings; the icon disc sits to the right of them
const WIDE_W = W - 2 * TEXT_X;
const DISC = { cx: 752, cy: 128, d: 136 }; // top right, above the body text
const WEBM_SLUGS = process.env.NO_WEBM ? [] : ['verpleegkundige'];
const MAX_BYTES = 1_000_000;

const ffmpeg = (args) => execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
const hex = (color) => color.replace('0x', '#');
const rgb = (color) => [1, 3, 5].map((i) => parseInt(color.slice(2).slice(i - 1, i + 1), 16));

/** Segments of the timeline: title card, scenes (sharing the middle 31 s), closing question. */
function timeline(video) {
  const weights = video.scenes.map((scene) => (scene.reveal ? REVEAL_WEIGHT : 1));
  const unit = (DURATION - INTRO - OUTRO) / weights.reduce((a, b) => a + b, 0);
  let at = INTRO;
  const scenes = video.scenes.map((scene, index) => {
    const start = at;
    at = index === video.scenes.length - 1 ? DURATION - OUTRO : Math.round((at + weights[index] * unit) * 100) / 100;
    // The answer appears once the question cue has had time to be read (about 16 characters/s).
    const reveal = scene.reveal ? Math.max(scene.reveal, Math.round((0.4 + scene.captions[0].length / 16) * 10) / 10) : undefined;
    return { kind: 'scene', index, ...scene, reveal, start, end: at };
  });
  return [{ kind: 'intro', start: 0, end: INTRO, captions: video.intro }, ...scenes, { kind: 'outro', start: DURATION - OUTRO, end: DURATION, ...video.outro }];
}

// ---------------------------------------------------------------- picture

/** Fade in from `from` (0.5 s), fade out before `end` (0.4 s); the last segment fades out too. */
const alphaExpr = (from, end) => `if(lt(t,${from}),0,if(lt(t,${from + 0.5}),(t-${from})/0.5,if(gt(t,${end - 0.4}),max(0,(${end}-t)/0.4),1)))`;
/** Rise 14 px into place with an ease-out. */
const riseExpr = (y, from) => `${y}+14*pow(1-min(1,max(0,(t-${from})/0.6)),3)`;

class Frame {
  constructor(tmp) {
    this.tmp = tmp;
    this.filters = [];
    this.count = 0;
  }
  textFile(text) {
    const file = path.join(this.tmp, `t${this.count++}.txt`);
    writeFileSync(file, text);
    return file;
  }
  /** Static text (no animation). */
  label(text, { font = FONT, size, color = 'white', x, y, box = null }) {
    const boxOpts = box ? `:box=1:boxcolor=${box}:boxborderw=7` : '';
    this.filters.push(`drawtext=fontfile=${font}:textfile=${this.textFile(text)}:expansion=none:fontsize=${size}:fontcolor=${color}:x=${x}:y=${y}${boxOpts}`);
  }
  /** Text that fades and rises in at `from` and fades out at the end of its segment. */
  text(lines, { font = FONT, size, color = 'white', x = TEXT_X, y, from, seg, spacing = 8, box = null }) {
    const boxOpts = box ? `:box=1:boxcolor=${box}:boxborderw=8` : '';
    this.filters.push(
      `drawtext=fontfile=${font}:textfile=${this.textFile(lines.join('\n'))}:expansion=none:fontsize=${size}:fontcolor=${color}` +
        `:line_spacing=${spacing}:x=${x}:y='${riseExpr(y, from)}':alpha='${alphaExpr(from, seg.end)}'` +
        `:enable='between(t,${seg.start},${seg.end})'${boxOpts}`,
    );
  }
}

/** Height of n lines of DejaVu at this size with drawtext's line spacing (ascent+descent ≈ 1.17 em). */
const blockHeight = (n, size, spacing) => Math.round(n * size * 1.17 + (n - 1) * spacing);

const CHECK = process.argv.includes('--check');
const problems = [];
/** Words that belong together on screen ("’s nachts", "€ 2.832") are joined with a no-break space. */
const glue = (text) => text.replace(/(’s|€|top) /g, '$1\u00a0');
function fitLines(font, text, size, width, maxLines, what) {
  const lines = wrap(font, glue(text), size, width);
  if (lines.length > maxLines) problems.push(`${what}: ${lines.length} lines > ${maxLines}: ${text}`);
  if (CHECK) console.log(`  ${what.padEnd(30)} ${lines.join(' / ')}`);
  return lines;
}

function buildFilters(video, style, tmp) {
  const f = new Frame(tmp);
  const segments = timeline(video);
  const underlines = [];
  const ink = hex(style.ink);
  const accent = hex(style.accent);

  for (const seg of segments) {
    const what = `${video.slug} ${seg.kind} ${seg.index ?? ''}`;
    // The icon in the disc on the right, floating with the disc.
    const icon = seg.kind === 'intro' ? video.icon : seg.kind === 'outro' ? '?' : seg.icon;
    const iconSize = 66;
    const drawIcon = (glyph, from, to) =>
      f.filters.push(
        `drawtext=fontfile=${FONT}:textfile=${f.textFile(glyph)}:expansion=none:fontsize=${iconSize}:fontcolor=white` +
          `:x=${Math.round(DISC.cx - regular.width(glyph, iconSize) / 2)}:y='${DISC.cy}-${Math.round(iconSize * 0.45)}+5*sin(2*PI*t/5)'` +
          `:alpha='0.92*${alphaExpr(from, to)}':enable='between(t,${from},${to})'`,
      );
    if (seg.reveal) {
      drawIcon('?', seg.start + 0.15, seg.start + seg.reveal);
      drawIcon(icon, seg.start + seg.reveal, seg.end);
    } else drawIcon(icon, seg.start + 0.15, seg.end);

    if (seg.kind === 'intro') {
      const titleText = video.title.replace(': ', ':\n');
      const titleSize = wrap(bold, glue(titleText), 42, TEXT_W).length > 2 && wrap(bold, glue(titleText), 36, TEXT_W).length <= 2 ? 36 : 42;
      const title = fitLines(bold, titleText, titleSize, TEXT_W, 3, what);
      const titleY = 156;
      f.text([style.label.toUpperCase()], { font: FONT_BOLD, size: 16, color: ink, x: TEXT_X + 8, y: 112, from: 0.1, seg, box: accent });
      f.text(title, { font: FONT_BOLD, size: titleSize, y: titleY, from: 0.35, seg, spacing: 10 });
      const taglineY = titleY + blockHeight(title.length, titleSize, 10) + 26;
      underlines.push({ y: taglineY - 14, from: 0.7, seg });
      const tagline = fitLines(regular, video.tagline, 24, TEXT_W, 2, what);
      f.text(tagline, { size: 24, color: 'white@0.88', y: taglineY + 6, from: 0.8, seg });
      continue;
    }

    const outro = seg.kind === 'outro';
    const kicker = outro ? 'VRAAG VOOR JOU' : `${seg.index + 1}/${video.scenes.length}  ·  ${seg.kicker.toUpperCase()}`;
    f.text([kicker], { font: FONT_BOLD, size: 16, color: accent, y: 104, from: seg.start + 0.05, seg });
    // 34 px; 30 px when that avoids a third line.
    const headingText = outro ? seg.question : seg.heading;
    const headingSize = wrap(bold, glue(headingText), 34, TEXT_W).length > 2 && wrap(bold, glue(headingText), 30, TEXT_W).length <= 2 ? 30 : 34;
    const heading = fitLines(bold, headingText, headingSize, TEXT_W, 3, what);
    const headingY = 134;
    f.text(heading, { font: FONT_BOLD, size: headingSize, y: headingY, from: seg.start + 0.2, seg, spacing: 9 });
    const lineY = headingY + blockHeight(heading.length, headingSize, 9) + 14;
    underlines.push({ y: lineY, from: seg.start + 0.35, seg });

    let bottom = lineY + 5;
    const answerAt = seg.start + (seg.reveal ?? 0.5);
    if (outro) {
      const sources = fitLines(regular, `Bronnen: ${video.source}`, 15, WIDE_W, 4, what);
      const y = Math.max(bottom + 40, 320);
      f.text(sources, { size: 15, color: 'white@0.78', y, from: seg.start + 0.8, seg, spacing: 6 });
      bottom = y + blockHeight(sources.length, 15, 6);
    } else {
      const bodyY = lineY + 24;
      if (bodyY < DISC.cy + DISC.d / 2 + 8) problems.push(`${what}: body would overlap the icon disc`);
      let y = bodyY;
      let rest = seg.body;
      if (seg.reveal) {
        // The answer to "raad eens" in large accent type, any remark below it in normal type.
        const [answerText, ...more] = seg.body.split('\n');
        const answer = fitLines(bold, answerText, 28, WIDE_W, 2, what);
        f.text(answer, { font: FONT_BOLD, size: 28, color: accent, y, from: answerAt, seg, spacing: 10 });
        y += blockHeight(answer.length, 28, 10) + 12;
        rest = more.join('\n');
      }
      if (rest) {
        const body = fitLines(regular, rest, 24, WIDE_W, 3, what);
        f.text(body, { size: 24, y, from: answerAt + (seg.reveal ? 0.25 : 0), seg, spacing: 10 });
        y += blockHeight(body.length, 24, 10);
      }
      bottom = y;
      if (seg.source) {
        const source = fitLines(regular, seg.source, 15, WIDE_W, 2, what);
        const y = Math.max(bottom + 22, 338);
        f.text(source, { size: 15, color: 'white@0.78', y, from: answerAt + 0.3, seg, spacing: 6 });
        bottom = y + blockHeight(source.length, 15, 6);
      }
    }
    // Keep everything above the lowest ~12% where the player draws the captions.
    if (bottom > 420) problems.push(`${what}: text reaches y=${bottom}, keep it above 420`);
  }

  // Persistent chrome: brand, sector, DEMO label, progress bar track.
  f.label('Koers', { font: FONT_BOLD, size: 17, x: 28, y: 22 });
  f.label(style.label, { size: 15, color: accent, x: 28 + Math.ceil(bold.width('Koers', 17)) + 12, y: 24 });
  f.label('DEMO — gegenereerd voorbeeldmateriaal', { size: 14, color: 'white', x: `w-tw-26`, y: 22, box: 'black@0.45' });
  f.filters.push(`drawbox=x=0:y=${H - 6}:w=${W}:h=6:color=white@0.14:t=fill`);
  if (problems.length && !CHECK) throw new Error(problems.join('\n'));
  return { drawFilters: f.filters, underlines };
}

/** Soft round shapes as RGBA PNGs (generated by ffmpeg itself). */
function makeShapes(style, tmp) {
  const [r, g, b] = rgb(style.accent);
  const glow = (file, size, color, strength) => {
    const half = size / 2;
    ffmpeg(['-f', 'lavfi', '-i', `color=c=black:s=${size}x${size},format=rgba,geq=r=${color[0]}:g=${color[1]}:b=${color[2]}:a='255*${strength}*pow(max(0,1-hypot(X-${half},Y-${half})/${half}),1.6)'`, '-frames:v', '1', file]);
  };
  const disc = (file, size, color, strength) => {
    const half = size / 2;
    ffmpeg(['-f', 'lavfi', '-i', `color=c=black:s=${size}x${size},format=rgba,geq=r=${color[0]}:g=${color[1]}:b=${color[2]}:a='255*${strength}*min(1,max(0,${half - 1}-hypot(X-${half}+0.5,Y-${half}+0.5)))'`, '-frames:v', '1', file]);
  };
  glow(path.join(tmp, 'glow-white.png'), 520, [255, 255, 255], 0.09);
  glow(path.join(tmp, 'glow-accent.png'), 360, [r, g, b], 0.16);
  disc(path.join(tmp, 'disc.png'), DISC.d, [r, g, b], 0.24);
}

function audioExpr(style, segments) {
  const f = style.tone;
  const pad = `0.03*(sin(2*PI*${f}*t)+0.6*sin(2*PI*${f * 1.5}*t)+0.45*sin(2*PI*${f * 2}*t)+0.3*sin(2*PI*${(f * 2.52).toFixed(2)}*t))*(0.8+0.2*sin(2*PI*t/7))`;
  // A soft bell at every change of slide.
  const bells = segments
    .slice(1)
    .map((s) => `0.05*gte(t,${s.start})*exp(-3*(t-${s.start}))*sin(2*PI*${f * 4}*(t-${s.start}))`)
    .join('+');
  return `${pad}+${bells}`;
}

function buildVideo(video, tmp) {
  const style = SECTOR_STYLE[video.sector];
  if (!style) throw new Error(`${video.slug}: no style for sector ${video.sector}`);
  const segments = timeline(video);
  makeShapes(style, tmp);
  const { drawFilters, underlines } = buildFilters(video, style, tmp);
  const accent = hex(style.accent);

  const graph = [];
  graph.push(`[1:v]format=rgba[glowW]`, `[2:v]format=rgba[glowA]`, `[3:v]format=rgba[disc]`);
  graph.push(`color=c=${accent}:s=72x5:r=${FPS}:d=${DURATION},split=${underlines.length}${underlines.map((_, i) => `[u${i}]`).join('')}`);
  graph.push(`color=c=${accent}:s=${W}x6:r=${FPS}:d=${DURATION}[prog]`);
  let last = '0:v';
  const overlay = (input, opts) => {
    const label = `v${graph.length}`;
    graph.push(`[${last}][${input}]overlay=${opts}:eval=frame:shortest=0[${label}]`);
    last = label;
  };
  overlay('glowW', `x='${W * 0.55}+60*sin(2*PI*t/23)':y='-200+40*cos(2*PI*t/19)'`);
  overlay('glowA', `x='-120+50*cos(2*PI*t/29)':y='${H - 220}+30*sin(2*PI*t/17)'`);
  overlay('disc', `x=${DISC.cx - DISC.d / 2}:y='${DISC.cy - DISC.d / 2}+5*sin(2*PI*t/5)'`);
  underlines.forEach((u, i) => {
    overlay(`u${i}`, `x='${TEXT_X}-150*pow(1-min(1,max(0,(t-${u.from})/0.7)),3)':y=${u.y}:enable='between(t,${u.from},${u.seg.end - 0.25})'`);
  });
  overlay('prog', `x='-w+w*t/${DURATION}':y=${H - 6}`);
  graph.push(`[${last}]${drawFilters.join(',')},format=yuv420p[vout]`);
  const script = path.join(tmp, 'graph.txt');
  writeFileSync(script, graph.join(';\n'));

  const file = path.join(out, `${video.slug}.mp4`);
  const [c0, c1] = style.bg.map(hex);
  ffmpeg([
    '-f', 'lavfi', '-i', `gradients=s=${W}x${H}:r=${FPS}:c0=${c0}:c1=${c1}:x0=0:y0=0:x1=${W}:y1=${H}:nb_colors=2:speed=0.0001:seed=11:d=${DURATION}`,
    '-loop', '1', '-framerate', String(FPS), '-i', path.join(tmp, 'glow-white.png'),
    '-loop', '1', '-framerate', String(FPS), '-i', path.join(tmp, 'glow-accent.png'),
    '-loop', '1', '-framerate', String(FPS), '-i', path.join(tmp, 'disc.png'),
    '-f', 'lavfi', '-i', `aevalsrc=exprs='${audioExpr(style, segments)}':s=48000:c=mono:d=${DURATION}`,
    '-filter_complex_script', script,
    '-map', '[vout]', '-map', '4:a',
    '-af', `afade=t=in:d=1.5,afade=t=out:st=${DURATION - 3}:d=3`,
    '-t', String(DURATION), '-r', String(FPS),
    '-c:v', 'libx264', '-preset', 'slow', '-crf', '32', '-profile:v', 'high',
    '-pix_fmt', 'yuv420p', '-g', String(FPS * 5), '-threads', '4',
    '-c:a', 'aac', '-b:a', '24k', '-ac', '1', '-ar', '48000',
    '-map_metadata', '-1', '-movflags', '+faststart',
    '-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact',
    file,
  ]);
  ffmpeg(['-ss', '3.6', '-i', file, '-frames:v', '1', '-vf', 'scale=640:360:flags=lanczos', '-q:v', '3', '-fflags', '+bitexact', '-flags:v', '+bitexact', '-map_metadata', '-1', path.join(out, `${video.slug}.jpg`)]);
  if (WEBM_SLUGS.includes(video.slug)) {
    ffmpeg([
      '-i', file, '-c:v', 'libvpx-vp9', '-b:v', '0', '-crf', '42', '-deadline', 'good', '-cpu-used', '2', '-row-mt', '0', '-threads', '1',
      '-c:a', 'libopus', '-b:a', '24k', '-map_metadata', '-1', '-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact',
      path.join(out, `${video.slug}.webm`),
    ]);
  }
  return file;
}

// ---------------------------------------------------------------- captions

const stamp = (seconds) => {
  const ms = Math.round(seconds * 1000);
  const hh = String(Math.floor(ms / 3_600_000)).padStart(2, '0');
  const mm = String(Math.floor(ms / 60_000) % 60).padStart(2, '0');
  const ss = String(Math.floor(ms / 1000) % 60).padStart(2, '0');
  return `${hh}:${mm}:${ss}.${String(ms % 1000).padStart(3, '0')}`;
};

/** At most two lines of ~42 characters, split near the middle at a space. */
function cueLines(text) {
  if (text.length <= 42) return text;
  const mid = text.length / 2;
  let best = -1;
  const breakable = (i) => text[i] === ' ' && !text.slice(0, i).endsWith('’s') && text[i - 1] !== '€';
  for (let i = 0; i < text.length; i++) if (breakable(i) && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) best = i;
  const lines = [text.slice(0, best), text.slice(best + 1)];
  if (lines.some((l) => l.length > 50)) problems.push(`caption too long for two lines: ${text}`);
  return lines.join('\n');
}

const warnings = [];

function captions(video) {
  const cues = [];
  for (const seg of timeline(video)) {
    const texts = seg.captions;
    if (seg.reveal) {
      if (texts.length !== 2) throw new Error(`${video.slug}: a reveal scene needs two cues`);
      cues.push({ from: seg.start + 0.2, to: seg.start + seg.reveal - 0.1, text: texts[0] });
      cues.push({ from: seg.start + seg.reveal, to: seg.end - 0.15, text: texts[1] });
      continue;
    }
    const from = seg.start + 0.2;
    const span = seg.end - 0.15 - from - 0.1 * (texts.length - 1);
    const total = texts.reduce((sum, t) => sum + t.length, 0);
    let at = from;
    for (const text of texts) {
      const length = (span * text.length) / total;
      cues.push({ from: at, to: at + length, text });
      at += length + 0.1;
    }
  }
  for (const cue of cues) {
    const cps = cue.text.length / (cue.to - cue.from);
    if (cps > 17.5) warnings.push(`${video.slug} ${stamp(cue.from)}: ${cps.toFixed(1)} characters/s: ${cue.text}`);
  }
  const note = `NOTE\nDemomateriaal van Koers, gegenereerd met ffmpeg: geen echte opname.\nBronnen: ${video.source}.`;
  const body = cues.map((cue, i) => `${i + 1}\n${stamp(cue.from)} --> ${stamp(cue.to)}\n${cueLines(cue.text)}`).join('\n\n');
  return `WEBVTT\n\n${note}\n\n${body}\n`;
}

// ---------------------------------------------------------------- manifest

const lowerFirst = (text) => text[0].toLowerCase() + text.slice(1);

function quality(video) {
  const caveat = video.caveat ? ` Let op: ${lowerFirst(video.caveat)}` : '';
  return {
    betrouwbaar: { met: true, note: `Elke dia met een feit noemt bron en jaar; de slotdia en de ondertiteling noemen de bronnen. Feiten uit openbare bronnen, in eigen woorden.${caveat}` },
    toegankelijk: { met: true, note: 'Nederlandse ondertiteling (WebVTT) in eenvoudige taal voor 14-18 jaar, korte zinnen; grote letters met veel contrast; rustige animatie zonder flitsen.' },
    authentiek: { met: false, note: 'Gegenereerde dia’s: geen echte werkenden, leerlingen of werkplekken in beeld. Vervang door of vul aan met echte opnames.' },
    speels: { met: true, note: 'Een raad-eerst-vraag vóór het antwoord, een vraag voor jou aan het eind en rustige beweging in beeld. Geen echt spel: combineer met een game.' },
    arbeidsomstandigheden: video.arbeidsomstandigheden,
  };
}

function readme(manifest) {
  const rows = manifest.map((entry) => {
    const video = VIDEOS.find((v) => v.slug === entry.slug);
    const kb = Math.round(statSync(path.join(out, entry.video)).size / 1024);
    return `| \`${entry.slug}\` | ${entry.title} | ${SECTOR_STYLE[video.sector].label} | ${entry.durationSeconds} s | ${kb} kB |`;
  });
  const sources = VIDEOS.map((video) => {
    const list = video.sources.map((s) => `  - ${s.name}; jaar: ${s.year}; ${s.url}`).join('\n');
    const caveat = video.caveat ? `\n  Let op: ${lowerFirst(video.caveat)}` : '';
    return `- **${video.title}** (\`${video.slug}\`)${caveat}\n${list}`;
  });
  return `# Demo video modules (generated)

**This is generated demo material, not real footage.** No real workers, students or workplaces
appear in these videos. Koers ships them so a new school can try the module library, the lesson
builder and the player at once. Every video carries a permanent on-screen label
"DEMO — gegenereerd voorbeeldmateriaal" and its first caption says it is demo material. In the
quality checklist of \`manifest.json\` they are therefore **not** *authentiek* (SEOR advice):
replace them with real films of people doing the work.

## What is here

| slug | title | sector | duration | size |
|---|---|---|---|---|
${rows.join('\n')}

Per video:

- \`<slug>.mp4\`: 854×480, H.264 (High, yuv420p, 25 fps) + AAC (mono, 48 kHz, soft tone bed), faststart.
  A title card, 4–5 scenes (wat doe je, werktijden, zwaar werk, salaris, kans op werk; a "raad eens"
  question before one answer) and a closing question; source and year on every slide with a fact.
- \`<slug>.nl.vtt\`: Dutch WebVTT captions in plain language, cue times aligned with the slides.
  Captions are not burned into the picture.
- \`<slug>.jpg\`: 640×360 thumbnail (a frame of the title card).
- \`verpleegkundige.webm\`: the same video as VP9 + Opus, for trying WebM playback and upload. It is
  not referenced by the manifest.
- \`manifest.json\`: one entry per video with the module metadata (\`ModuleMetadata\` in
  \`contracts/src/modules.ts\`), the five-point quality checklist with a note each, the file names and
  the duration read from the file. The demo seed (\`server/src/db/seed/demo-modules.ts\`) imports
  them as published demo modules.

Two videos are about directions with weaker prospects (Media & creatief, Economie & handel), so a
choice shift after a lesson means something.

## Facts and sources

Every number and claim comes from \`../shared/data/\` (\`beroepen-werkomstandigheden.csv\` and
\`sector-vooruitzichten.csv\`, compiled from public sources with URL and year per value) and is
summarised in our own words. Where the data says *onbekend*, the video says that no reliable
source was found (or leaves the topic out); nothing is filled in. Several values are dated; the
year is always shown. Sources per video:

${sources.join('\n')}

## Regenerate

Needs Node 20+, ffmpeg with libx264, libvpx and libopus, and the DejaVu fonts
(Debian: \`apt-get install -y ffmpeg fonts-dejavu-core\`). The app itself never runs ffmpeg.

\`\`\`bash
node scripts/demo-media/generate.mjs --check     # layout and caption reading speed only, no rendering
node scripts/demo-media/generate.mjs             # all videos, captions, thumbnails, manifest, this README
node scripts/demo-media/generate.mjs timmerman   # only some slugs (manifest and README stay complete)
\`\`\`

Content (slide text, captions, sources, quality notes) lives in \`scripts/demo-media/videos.mjs\`;
layout and encoding in \`scripts/demo-media/generate.mjs\`. Output is byte-for-byte reproducible
with the same ffmpeg build (fixed seeds, bitexact flags, fixed encoder threads). Text is measured
with the font's own metrics and wrapped before drawing; the script refuses slides whose text would
run into the area where the player shows captions, and warns about captions faster than about
17 characters per second. Keep every MP4 under 1 MB (the script checks) and all of
\`server/demo-media\` under about 8 MB.

## Licence

The videos, captions and thumbnails are generated by the Koers project and may be used with Koers.
The facts in them come from the cited public sources and are summarised in our own words; no text,
tables or figures from those sources are copied. Name the sources when you reuse the facts (ROA and
CBS ask for this explicitly; see \`../shared/data/README.md\` for what is known about each source's
terms). Fonts: DejaVu (free licence, Bitstream Vera derivative).
`;
}

function probeDuration(file) {
  const seconds = Number(execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file], { encoding: 'utf8' }).trim());
  return Math.round(seconds * 10) / 10;
}

if (CHECK) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'koers-demo-media-'));
  for (const video of VIDEOS) {
    buildFilters(video, SECTOR_STYLE[video.sector], tmp);
    captions(video);
  }
  rmSync(tmp, { recursive: true, force: true });
  for (const p of problems) console.error(`problem: ${p}`);
  for (const w of warnings) console.warn(`warning: fast caption: ${w}`);
  process.exit(problems.length ? 1 : 0);
}
const only = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const manifest = [];
const rows = [];
for (const video of VIDEOS) {
  const file = path.join(out, `${video.slug}.mp4`);
  if (only.length === 0 || only.includes(video.slug)) {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'koers-demo-media-'));
    try {
      buildVideo(video, tmp);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    writeFileSync(path.join(out, `${video.slug}.nl.vtt`), captions(video));
  }
  const bytes = statSync(file).size;
  if (bytes >= MAX_BYTES) throw new Error(`${video.slug}.mp4 is ${bytes} bytes, the limit is ${MAX_BYTES}`);
  const durationSeconds = probeDuration(file);
  manifest.push({
    slug: video.slug,
    type: 'video',
    title: video.title,
    description: video.description,
    niveaus: video.niveaus,
    leerjaren: video.leerjaren,
    sectors: [video.sector],
    opleidingen: video.opleidingen,
    beroepen: video.beroepen,
    maker: 'Koers demo-redactie (gegenereerd)',
    source: video.source,
    sourceUrl: video.sourceUrl,
    quality: quality(video),
    game: null,
    video: `${video.slug}.mp4`,
    captions: `${video.slug}.nl.vtt`,
    thumbnail: `${video.slug}.jpg`,
    durationSeconds,
  });
  rows.push(`${video.slug.padEnd(27)} ${video.sector.padEnd(25)} ${String(durationSeconds).padStart(5)} s ${String(Math.round(bytes / 1024)).padStart(5)} kB`);
}
writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(path.join(out, 'README.md'), readme(manifest));
console.log(rows.join('\n'));
for (const w of warnings) console.warn(`warning: fast caption: ${w}`);
