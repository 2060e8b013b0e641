import { describe, expect, test } from 'vitest';
import { addressScheme, imageProblem, linkProblem } from '../../src/lib/addresses';

describe('addressScheme reads a scheme the way a browser does', () => {
  test.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['&#106;avascript:alert(1)', 'javascript'],
    ['&#x6A;avascript&colon;alert(1)', 'javascript'],
    ['  \u0001javascript:alert(1)', 'javascript'],
    ['java\tscr\nipt:alert(1)', 'javascript'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['file:///etc/passwd', 'file'],
    ['C:\\foto.jpg', 'c'],
    ['https://example.org/a?b=1&amp;c=2', 'https'],
    ['mailto:redaksi@example.id', 'mailto'],
    ['/berita/a/', undefined],
    ['#catatan', undefined],
    ['./gambar/foto.jpg', undefined],
    ['gambar/foto:1.jpg', undefined],
    ['//example.org/a', undefined],
    ['', undefined],
  ])('%j: %s', (address, scheme) => {
    expect(addressScheme(address)).toBe(scheme);
  });
});

describe('linkProblem allows http(s), mailto, tel, relative and fragment links only', () => {
  test.each([
    'https://example.org/',
    'HTTP://example.org/',
    'mailto:a@b.id',
    'tel:+62211234',
    '/berita/a/',
    '../a/',
    '#fn-1',
    '?halaman=2',
    '//example.org/',
  ])('%j is allowed', (address) => {
    expect(linkProblem(address)).toBeUndefined();
  });

  test.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['&#106;avascript:alert(1)', 'javascript'],
    ['\u0000 javascript:alert(1)', 'javascript'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['file:///etc/passwd', 'file'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'data'],
  ])('%j is refused, naming %s', (address, scheme) => {
    expect(linkProblem(address)).toBe(
      `skema "${scheme}:" tidak diizinkan; gunakan http(s), mailto, tel atau tautan relatif`,
    );
  });
});

describe('imageProblem allows pictures of the site only, never SVG', () => {
  test.each(['./gambar/foto.jpg', 'gambar/foto.webp', '/logo.png', './foto.svg.png'])('%j is allowed', (address) => {
    expect(imageProblem(address)).toBeUndefined();
  });

  test.each([
    ['https://example.org/foto.jpg', /situs lain/],
    ['//example.org/foto.jpg', /situs lain/],
    ['data:image/png;base64,AAAA', /skema "data:" tidak diizinkan untuk gambar/],
    ['javascript:alert(1)', /skema "javascript:"/],
    ['file:///etc/foto.jpg', /skema "file:"/],
    ['./gambar/peta.svg', /SVG tidak diizinkan/],
    ['./gambar/peta.SVG?v=2', /SVG tidak diizinkan/],
    ['./gambar/peta.svgz', /SVG tidak diizinkan/],
  ])('%j is refused', (address, message) => {
    expect(imageProblem(address)).toMatch(message);
  });
});
