#!/usr/bin/env node
// Generates the demo video modules in server/demo-media/: MP4 (H.264/AAC, < 1 MB), Dutch WebVTT
// captions, a JPEG thumbnail per video and manifest.json for the demo seed. For maintainers only:
// the app never runs ffmpeg. Usage: node scripts/demo-media/generate.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VIDEOS } from './videos.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, 'server', 'demo-media');
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const FONT_BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
const SLIDE_SECONDS = 8;
const FADE = 0.6;

/** drawtext alpha: fade in at the slide's start, out at its end. */
const alpha = (start, end) =>
  `if(lt(t,${start + FADE}),(t-${start})/${FADE},if(gt(t,${end - FADE}),(${end}-t)/${FADE},1))`;

function slideFilters(slide, index, tmp) {
  const start = index * SLIDE_SECONDS;
  const end = start + SLIDE_SECONDS;
  const enable = `between(t,${start},${end})`;
  const file = (name, text) => {
    const full = path.join(tmp, `${index}-${name}.txt`);
    writeFileSync(full, text);
    return full;
  };
  const text = (name, value, font, size, y, extra = '') =>
    `drawtext=fontfile=${font}:textfile=${file(name, value)}:fontsize=${size}:fontcolor=white:x=44:y=${y}:line_spacing=10:enable='${enable}':alpha='${alpha(start, end)}'${extra}`;
  const title = index === 0;
  const filters = [text('heading', slide.heading, FONT_BOLD, title ? 40 : 32, title ? 110 : 70)];
  if (slide.body) filters.push(text('body', slide.body, FONT, 24, title ? 220 : 150));
  if (slide.note) filters.push(text('note', slide.note, FONT, 15, 292, ':fontcolor=white@0.85'));
  return filters;
}

function buildVideo(video, tmp) {
  const seconds = video.slides.length * SLIDE_SECONDS;
  const filters = [
    // A slowly moving accent bar keeps the picture alive between text changes.
    `drawbox=x='mod(t*50,760)-120':y=336:w=120:h=4:color=white@0.45:t=fill`,
    ...video.slides.flatMap((slide, index) => slideFilters(slide, index, tmp)),
    `drawtext=fontfile=${FONT}:text='DEMO — gegenereerd voorbeeldmateriaal':fontsize=13:fontcolor=white@0.9:x=w-tw-14:y=12:box=1:boxcolor=black@0.35:boxborderw=6`,
    `drawtext=fontfile=${FONT_BOLD}:text='Koers':fontsize=15:fontcolor=white@0.9:x=16:y=12`,
  ];
  const file = path.join(out, `${video.slug}.mp4`);
  execFileSync('ffmpeg', [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', `gradients=s=640x360:c0=${video.colors[0]}:c1=${video.colors[1]}:speed=0.015:d=${seconds}:r=24:seed=7`,
    '-f', 'lavfi', '-i', 'anullsrc=r=44100:cl=mono',
    '-filter_complex', `[0:v]${filters.join(',')}[v]`,
    '-map', '[v]', '-map', '1:a', '-t', String(seconds),
    '-c:v', 'libx264', '-preset', 'slow', '-crf', '28', '-pix_fmt', 'yuv420p', '-g', '48',
    '-c:a', 'aac', '-b:a', '24k', '-movflags', '+faststart', '-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact',
    file,
  ]);
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-ss', '3', '-i', file, '-frames:v', '1', '-q:v', '4', path.join(out, `${video.slug}.jpg`)]);
  return { seconds, bytes: statSync(file).size };
}

const timestamp = (seconds) => {
  const whole = Math.floor(seconds);
  const ms = Math.round((seconds - whole) * 1000);
  return `00:${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}.${String(ms).padStart(3, '0')}`;
};

function captions(video) {
  const cues = video.slides.flatMap((slide, index) => {
    const start = index * SLIDE_SECONDS;
    return slide.captions.map((line, part) => {
      const from = start + (part === 0 ? 0.3 : SLIDE_SECONDS / 2);
      const to = start + (part === 0 ? SLIDE_SECONDS / 2 - 0.1 : SLIDE_SECONDS - 0.3);
      return `${timestamp(from)} --> ${timestamp(to)}\n${line}`;
    });
  });
  return `WEBVTT - ${video.title} (demomateriaal)\n\n${cues.join('\n\n')}\n`;
}

function quality(video) {
  return {
    betrouwbaar: { met: true, note: `Bronnen met jaartal in beeld en in de ondertiteling: ${video.source}.` },
    toegankelijk: { met: true, note: 'Nederlandse ondertiteling, korte zinnen, grote letters met veel contrast.' },
    authentiek: { met: false, note: 'Gegenereerde dia’s, geen echte werkenden of studenten. Vervang door echte beelden.' },
    speels: { met: video.speels, note: video.speels ? 'Kort, beweging in beeld, eindigt met een vraag of tip.' : 'Informatief maar weinig speels: combineer met een game.' },
    arbeidsomstandigheden: { met: true, note: 'Werktijden, belasting en salaris komen aan bod (of we zeggen eerlijk dat cijfers ontbreken).' },
  };
}

mkdirSync(out, { recursive: true });
const tmp = mkdtempSync(path.join(os.tmpdir(), 'koers-demo-media-'));
const manifest = [];
try {
  for (const video of VIDEOS) {
    const { seconds, bytes } = buildVideo(video, tmp);
    writeFileSync(path.join(out, `${video.slug}.nl.vtt`), captions(video));
    manifest.push({
      slug: video.slug,
      type: 'video',
      title: video.title,
      description: video.description,
      niveaus: video.niveaus,
      leerjaren: video.leerjaren,
      sectors: video.sectors,
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
      durationSeconds: seconds,
    });
    console.log(`${video.slug.padEnd(28)} ${seconds}s ${(bytes / 1024).toFixed(0)} kB`);
  }
  writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
