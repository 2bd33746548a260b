import fs from 'node:fs';
import yaml from 'yaml';
const d='/work/main/content/guides';
for (const f of fs.readdirSync(d+'/vi')) {
  const fm = p => yaml.parse(fs.readFileSync(p,'utf8').split(/^---$/m)[1]);
  const v=fm(`${d}/vi/${f}`), e=fm(`${d}/en/${f}`);
  const errs=[];
  for (const k of ['order','last_checked','subdimensions','tasks']) if (JSON.stringify(v[k])!==JSON.stringify(e[k])) errs.push(k);
  const lb=x=>(x.legal_bases||[]).map(b=>[b.number,b.issued,b.effective,b.status]);
  if (JSON.stringify(lb(v))!==JSON.stringify(lb(e))) errs.push('legal_bases');
  const lc=x=>(x.law_changes||[]).map(b=>b.from);
  if (JSON.stringify(lc(v))!==JSON.stringify(lc(e))) errs.push('law_changes');
  const ek=Object.keys(e).sort().join(), vk=Object.keys(v).sort().join(); if(ek!==vk) errs.push('keys '+vk+' / '+ek);
  console.log(f, errs.length?errs:'frontmatter ok');
}
