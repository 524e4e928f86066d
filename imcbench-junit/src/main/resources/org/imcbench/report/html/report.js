(function(){'use strict';
var PAGE=100,STATUS={p:'passed',f:'failed',n:'not_judged'};
var store={};
document.querySelectorAll('#image-store [data-sha]').forEach(function(e){store[e.getAttribute('data-sha')]=e.getAttribute('data-src');});
function crop(canvas){var img=canvas.ownerDocument.getElementById(canvas.getAttribute('data-of'));if(!img)return;
 function draw(){var b=canvas.getAttribute('data-box').split(',').map(Number),w=img.naturalWidth,h=img.naturalHeight;
  var sx=b[0]*w,sy=b[1]*h,sw=Math.max(1,(b[2]-b[0])*w),sh=Math.max(1,(b[3]-b[1])*h);
  canvas.width=Math.round(sw);canvas.height=Math.round(sh);canvas.getContext('2d').drawImage(img,sx,sy,sw,sh,0,0,canvas.width,canvas.height);}
 if(img.complete&&img.naturalWidth)draw();else img.addEventListener('load',draw);}
function load(root){root.querySelectorAll('img[data-image]').forEach(function(img){
 var src=store[img.getAttribute('data-image')];if(src&&!img.getAttribute('src'))img.src=src;});
 root.querySelectorAll('canvas[data-box]').forEach(crop);}
// the detail views: anchor -> {prefix, chunk}; a chunk (gzip, base64) is inflated once, into an inert template
var anchors={},chunks={};
function chunk(at){var id=at.prefix+'chunk-'+at.chunk;
 if(!chunks[id]){var bin=atob(document.getElementById(id).textContent),bytes=new Uint8Array(bin.length);
  for(var i=0;i<bin.length;i++)bytes[i]=bin.charCodeAt(i);
  chunks[id]=new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
   .then(function(html){var t=document.createElement('template');t.innerHTML=html;return t;});}
 return chunks[id];}
var current=null;
function show(c){current=c;c.classList.add('current');load(c);c.focus();}
function reveal(){var hash=location.hash,id=hash.slice(1);try{id=decodeURIComponent(id);}catch(e){}
 if(current)current.classList.remove('current');current=null;
 var c=id?document.getElementById(id):null;
 if(c&&c.classList.contains('case')){show(c);return;}
 var at=anchors[id];if(c||!at)return;
 chunk(at).then(function(t){var a=document.getElementById(id)||t.content.getElementById(id);if(!a)return;
  if(!a.isConnected)document.getElementById(at.prefix+'details').appendChild(a);
  if(location.hash===hash&&!current)show(a);});}
document.addEventListener('keydown',function(e){if(e.key==='Escape'&&current)
 location.hash=current.querySelector('a.back').getAttribute('href');});
function num(v){return v===null?'—':v.toFixed(2);}
function cell(tr,text,cls){var td=document.createElement('td');td.textContent=text;if(cls)td.className=cls;tr.appendChild(td);return td;}
// the case tables, drawn a page at a time from each report's case index
document.querySelectorAll('script.case-index').forEach(function(block){
 var data=JSON.parse(block.textContent),p=block.getAttribute('data-prefix'),b=document.getElementById(p+'cases'),
  body=b.querySelector('table.cases tbody'),text=b.querySelector('.f-text'),stratum=b.querySelector('.f-stratum'),
  check=b.querySelector('.f-check'),review=b.querySelector('.f-review'),out=b.querySelector('.shown'),
  rows=b.querySelector('.pager .rows'),prev=b.querySelector('.pager .previous'),next=b.querySelector('.pager .next'),
  dims=data.dimensions.length,all=data.cases,matches=all,page=0;
 all.forEach(function(r){anchors[p+'case-'+r[0]]={prefix:p,chunk:r[13]};
  r[4]=[r[0],r[1],r[2],r[4]].join(' ').toLowerCase();});
 data.variants.forEach(function(v){v.ids.forEach(function(id,i){
  anchors[p+'case-'+id+'--'+v.name]={prefix:p,chunk:v.first+Math.floor(i/data.chunk)};});});
 function row(r){var tr=document.createElement('tr');tr.className=r[12]?'flagged':'';
  var td=cell(tr,'',''),a=document.createElement('a');td.setAttribute('data-value',r[0]);
  a.setAttribute('href','#'+p+'case-'+r[0]);a.textContent=r[0];td.appendChild(a);
  cell(tr,r[1]);cell(tr,r[2]);cell(tr,r[3]);
  r[6].forEach(function(v,d){var s=STATUS[r[7].charAt(d)];cell(tr,num(v),'score'+(s?' '+s:''));});
  cell(tr,num(r[8]),'score');cell(tr,r[9]===null?'—':String(r[9]),'score');cell(tr,r[10],r[10]?'flag':'');
  return tr;}
 function draw(){var from=page*PAGE,to=Math.min(matches.length,from+PAGE),frag=document.createDocumentFragment();
  for(var i=from;i<to;i++)frag.appendChild(row(matches[i]));
  body.textContent='';body.appendChild(frag);
  out.textContent=matches.length+' of '+all.length+' cases match';
  rows.textContent=matches.length?'rows '+(from+1)+'–'+to+' of '+matches.length:'no case matches';
  prev.disabled=page===0;next.disabled=to>=matches.length;}
 function update(){var q=text.value.trim().toLowerCase(),s=data.strata.indexOf(stratum.value),f=check.value,
  d=data.dimensions.indexOf(f);
  matches=all.filter(function(r){return(!q||r[4].indexOf(q)>=0)&&(s<0||r[5].indexOf(s)>=0)
   &&(!f||(f==='*'?r[7].indexOf('f')>=0:r[7].charAt(d)==='f'))&&(!review.checked||r[11]);});
  page=0;draw();}
 function key(r,col){return col<4?r[col]:col<4+dims?r[6][col-4]:col===4+dims?r[8]:col===5+dims?r[9]:r[10];}
 b.querySelectorAll('th[data-sort]').forEach(function(th){th.querySelector('button').addEventListener('click',function(){
  var col=th.cellIndex,numeric=th.getAttribute('data-sort')==='number',up=th.getAttribute('aria-sort')!=='ascending';
  b.querySelectorAll('th[aria-sort]').forEach(function(o){o.removeAttribute('aria-sort');});
  th.setAttribute('aria-sort',up?'ascending':'descending');
  function value(r){var v=key(r,col);return numeric&&v===null?(up?Infinity:-Infinity):v;}
  all.sort(function(x,y){var a=value(x),c=value(y);return (a<c?-1:a>c?1:0)*(up?1:-1);});update();});});
 [text,stratum,check,review].forEach(function(e){e.addEventListener(e===text?'input':'change',update);});
 text.addEventListener('keydown',function(e){if(e.key==='Enter'&&matches.length===1)location.hash='#'+p+'case-'+matches[0][0];});
 prev.addEventListener('click',function(){page--;draw();});next.addEventListener('click',function(){page++;draw();});
 update();});
document.querySelectorAll('button.download').forEach(function(button){button.addEventListener('click',function(){
 var sheet=document.getElementById(button.getAttribute('data-sheet')),a=document.createElement('a');
 a.href=URL.createObjectURL(new Blob([sheet.value],{type:'text/csv'}));a.download=button.getAttribute('data-file');
 document.body.appendChild(a);a.click();a.remove();});});
window.addEventListener('hashchange',reveal);reveal();})();
