/* The theme's first inline script (mkdocs-material 9.8.2, partials/javascripts/base.html) as a file, so
   that the pages hold no inline script and their Content-Security-Policy allows none
   (hooks/content_security.py). Its one value, the site's base address, is the data-md-scope attribute
   of its script element (overrides/partials/javascripts/base.html). Keep in step with the pinned theme. */
__md_scope=new URL(document.currentScript.dataset.mdScope,location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}
