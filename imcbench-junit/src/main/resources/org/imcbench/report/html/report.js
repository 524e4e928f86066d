(function(){'use strict';
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
var current=null;
function reveal(){var id=location.hash.slice(1);try{id=decodeURIComponent(id);}catch(e){}
 var c=id?document.getElementById(id):null;if(current)current.classList.remove('current');current=null;
 if(!c||!c.classList.contains('case'))return;current=c;c.classList.add('current');load(c);c.focus();}
document.addEventListener('keydown',function(e){if(e.key==='Escape'&&current)
 location.hash=current.querySelector('a.back').getAttribute('href');});
document.querySelectorAll('.browser').forEach(function(b){
 var body=b.querySelector('table.cases tbody'),text=b.querySelector('.f-text'),stratum=b.querySelector('.f-stratum'),
  check=b.querySelector('.f-check'),review=b.querySelector('.f-review'),out=b.querySelector('.shown');
 var rows=Array.prototype.map.call(body.rows,function(r){return{row:r,text:r.getAttribute('data-text'),
  strata:'|'+r.getAttribute('data-strata')+'|',failed:'|'+r.getAttribute('data-failed')+'|',
  anyFailed:r.getAttribute('data-failed')!=='',review:r.hasAttribute('data-review')};});
 function update(){var q=text.value.trim().toLowerCase(),s=stratum.value,f=check.value,n=0;
  rows.forEach(function(k){var show=(!q||k.text.indexOf(q)>=0)&&(!s||k.strata.indexOf('|'+s+'|')>=0)
   &&(!f||(f==='*'?k.anyFailed:k.failed.indexOf('|'+f+'|')>=0))&&(!review.checked||k.review);
   if(k.row.hidden===show)k.row.hidden=!show;if(show)n++;});
  out.textContent=n+' of '+rows.length+' cases shown';}
 b.querySelectorAll('th[data-sort]').forEach(function(th){th.querySelector('button').addEventListener('click',function(){
  var col=th.cellIndex,numeric=th.getAttribute('data-sort')==='number',up=th.getAttribute('aria-sort')!=='ascending';
  b.querySelectorAll('th[aria-sort]').forEach(function(o){o.removeAttribute('aria-sort');});
  th.setAttribute('aria-sort',up?'ascending':'descending');
  function key(k){var v=k.row.cells[col].getAttribute('data-value');if(!numeric)return v;return v===''?(up?Infinity:-Infinity):Number(v);}
  rows.sort(function(x,y){var a=key(x),c=key(y);return (a<c?-1:a>c?1:0)*(up?1:-1);});
  var frag=document.createDocumentFragment();rows.forEach(function(k){frag.appendChild(k.row);});body.appendChild(frag);});});
 [text,stratum,check,review].forEach(function(e){e.addEventListener(e===text?'input':'change',update);});
 update();});
document.querySelectorAll('button.download').forEach(function(button){button.addEventListener('click',function(){
 var sheet=document.getElementById(button.getAttribute('data-sheet')),a=document.createElement('a');
 a.href=URL.createObjectURL(new Blob([sheet.value],{type:'text/csv'}));a.download=button.getAttribute('data-file');
 document.body.appendChild(a);a.click();a.remove();});});
window.addEventListener('hashchange',reveal);reveal();})();
